package org.shengshi.cases.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shengshi.calendar.path} (env {@code SHENGSHI_CALENDAR_PATH}): a JSON file or a
 * directory of JSON files whose years replace the built-in holiday data. Empty by
 * default: built-in data only.
 *
 * @param path the operator's holiday data, or {@code null}
 */
@ConfigurationProperties("shengshi.calendar")
record CalendarProperties(Path path) {
}

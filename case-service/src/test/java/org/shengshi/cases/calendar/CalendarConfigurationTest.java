package org.shengshi.cases.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class);

	@TempDir
	Path dir;

	@Test
	void usesBuiltInDataWithoutAPath() {
		this.runner.run((context) -> assertThat(context.getBean(WorkingDayCalendar.class).notices().keySet())
			.containsExactly(2025, 2026));
	}

	@Test
	void loadsTheOperatorPathFromConfiguration() throws IOException {
		Path file = Files.writeString(this.dir.resolve("2027.json"), HolidayCalendarLoaderTest.TEST_2027);
		this.runner.withPropertyValues("shengshi.calendar.path=" + file)
			.run((context) -> assertThat(context.getBean(WorkingDayCalendar.class).covers(2027)).isTrue());
	}

	@Test
	void badOperatorDataStopsTheStart() throws IOException {
		Path file = Files.writeString(this.dir.resolve("bad.json"),
				HolidayCalendarLoaderTest.TEST_2027.replace("2027-01-09", "2027-01-11"));
		this.runner.withPropertyValues("shengshi.calendar.path=" + file)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(CalendarDataException.class)
				.hasMessageContaining("not a weekend"));
	}

}

/**
 * Working-day arithmetic on the official State Council holiday calendar (国务院办公厅
 * 部分节假日安排的通知), including adjusted working days (调休), kept as data.
 *
 * <p>
 * The built-in data is {@code classpath:calendar/cn-holidays.json}. An operator can add
 * or correct years without a release by pointing {@code shengshi.calendar.path} at a JSON
 * file or a directory of JSON files in the same format; a year found there replaces the
 * built-in year. Loading validates the data and refuses to start on any inconsistency.
 *
 * <p>
 * For a year whose notice is not in the data, {@link WorkingDayCalendar} never invents
 * holidays or adjusted days: it counts Monday to Friday and every answer names the years
 * it had to assume ({@link CalendarResult#fallbackYears()}), so callers can say so and
 * recompute once the notice arrives.
 */
package org.shengshi.cases.calendar;

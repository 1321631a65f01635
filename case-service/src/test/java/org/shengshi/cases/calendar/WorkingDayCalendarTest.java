package org.shengshi.cases.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDayCalendarTest {

	private static final WorkingDayCalendar CALENDAR = HolidayCalendarLoader.builtIn();

	@ParameterizedTest(name = "{0} working={1}")
	@CsvSource({ "2025-01-26, true", // Sunday worked before Spring Festival
			"2025-01-27, true", "2025-01-28, false", "2025-01-31, false", "2025-02-04, false", "2025-02-05, true",
			"2025-02-08, true", // Saturday worked after Spring Festival
			"2025-02-09, false", "2025-04-27, true", "2025-05-05, false", "2025-09-28, true", "2025-10-08, false",
			"2025-10-11, true", "2025-10-12, false", "2025-12-31, true", "2026-01-02, false", "2026-01-04, true",
			"2026-02-14, true", "2026-02-15, false", "2026-02-23, false", "2026-02-24, true", "2026-02-28, true",
			"2026-05-09, true", "2026-09-20, true", "2026-09-25, false", "2026-10-07, false", "2026-10-08, true",
			"2026-10-10, true", "2026-10-11, false" })
	void knowsHolidaysAndAdjustedWorkingDays(LocalDate day, boolean working) {
		assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2025-01-24, 1, 2025-01-26", // Friday, next working day is the adjusted
												// Sunday
			"2025-01-27, 1, 2025-02-05", // the whole Spring Festival is skipped
			"2025-01-26, 2, 2025-02-05", "2025-02-07, 1, 2025-02-08", "2025-09-26, 1, 2025-09-28",
			"2025-09-26, 4, 2025-10-09", "2025-09-26, 6, 2025-10-11", "2025-09-26, 7, 2025-10-13",
			"2025-12-31, 1, 2026-01-04", "2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24",
			"2026-09-18, 1, 2026-09-20", "2026-09-24, 1, 2026-09-28", "2026-09-30, 1, 2026-10-08",
			"2026-09-30, 3, 2026-10-10", "2025-06-01, 1, 2025-06-03", // start on a
																		// holiday: day 0
																		// anyway
			"2025-03-03, 0, 2025-03-03" })
	void addsWorkingDaysCountingTheStartAsDayZero(LocalDate start, int n, LocalDate expected) {
		CalendarResult<LocalDate> due = CALENDAR.addWorkingDays(start, n);
		assertThat(due.value()).isEqualTo(expected);
		assertThat(due.calendarComplete()).isTrue();
	}

	@Test
	void fifteenWorkingDaysAcrossNationalDay2025() {
		assertThat(CALENDAR.addWorkingDays(LocalDate.of(2025, 9, 26), 15).value())
			.isEqualTo(LocalDate.of(2025, 10, 23));
	}

	static Stream<Arguments> startsAndCounts() {
		return LocalDate.of(2025, 1, 1)
			.datesUntil(LocalDate.of(2026, 12, 1), Period.ofDays(3))
			.flatMap((start) -> Stream.of(1, 5, 15, 20).map((n) -> Arguments.of(start, n)));
	}

	@ParameterizedTest(name = "{0} +{1}")
	@MethodSource("startsAndCounts")
	void countingBetweenIsTheInverseOfAdding(LocalDate start, int n) {
		LocalDate due = CALENDAR.addWorkingDays(start, n).value();
		assertThat(CALENDAR.isWorkingDay(due)).isTrue();
		assertThat(CALENDAR.workingDaysBetween(start, due).value()).isEqualTo(n);
		assertThat(CALENDAR.workingDaysBetween(start, due.minusDays(1)).value()).isEqualTo(n - 1);
	}

	@Test
	void countsBackwardsAsNegative() {
		LocalDate after = LocalDate.of(2025, 2, 8);
		LocalDate before = LocalDate.of(2025, 1, 24);
		// 01-26 (adjusted Sunday), 01-27, 02-05, 02-06, 02-07, 02-08 (adjusted Saturday)
		assertThat(CALENDAR.workingDaysBetween(before, after).value()).isEqualTo(6);
		assertThat(CALENDAR.workingDaysBetween(after, before).value()).isEqualTo(-6);
		assertThat(CALENDAR.workingDaysBetween(after, after).value()).isZero();
	}

	@Test
	void yearWithoutNoticeFallsBackToMondayToFridayAndSaysSo() {
		CalendarResult<LocalDate> due = CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 30), 3);
		// 2027-01-01 is a Friday; with no 2027 notice it is counted as a working day
		assertThat(due.value()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(due.calendarComplete()).isFalse();
		assertThat(due.fallbackYears()).containsExactly(2027);
	}

	@Test
	void fallbackNeverInventsAdjustedWorkingDays() {
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
		assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
		CalendarResult<Integer> between = CALENDAR.workingDaysBetween(LocalDate.of(2024, 12, 27),
				LocalDate.of(2025, 1, 6));
		// 2024-12-30, 12-31 (fallback), 2025-01-02, 01-03, 01-06
		assertThat(between.value()).isEqualTo(5);
		assertThat(between.fallbackYears()).containsExactly(2024);
	}

	@Test
	void refusesNegativeCountsAndUnboundedSpans() {
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2025, 1, 1), -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CALENDAR.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2040, 1, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2025, 1, 1), 5000));
	}

}

package org.shengshi.cases.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Operator data overrides built-in years and is validated. The 2027 notice used here is
 * invented test data standing in for a future notice, not the real one.
 */
class HolidayCalendarLoaderTest {

	static final String TEST_2027 = """
			{"notices": [{
			  "year": 2027, "title": "test notice for 2027", "reference": null,
			  "issuedOn": "2026-11-01", "source": "test data, not a real notice",
			  "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
			  "adjustedWorkingDays": ["2027-01-09"]
			}]}
			""";

	@TempDir
	Path dir;

	@Test
	void operatorFileAddsAYearAndKeepsTheBuiltInOnes() throws IOException {
		Path file = write("cn-holidays-2027.json", TEST_2027);
		WorkingDayCalendar calendar = HolidayCalendarLoader.load(file);
		assertThat(calendar.notices().keySet()).containsExactly(2025, 2026, 2027);
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
		assertThat(calendar.origin()).contains(file.toString());
		CalendarResult<LocalDate> due = calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 3);
		assertThat(due.value()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(due.calendarComplete()).isTrue();
	}

	@Test
	void operatorYearReplacesTheBuiltInYear() throws IOException {
		write("fix-2026.json", """
				{"notices": [{"year": 2026, "title": "corrected", "issuedOn": "2025-11-04", "source": "operator",
				  "holidays": [{"name": "元旦", "from": "2026-01-01", "to": "2026-01-01"}],
				  "adjustedWorkingDays": []}]}
				""");
		WorkingDayCalendar calendar = HolidayCalendarLoader.load(this.dir);
		assertThat(calendar.notices().get(2026).title()).isEqualTo("corrected");
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
	}

	@Test
	void directoryReadsEveryJsonFileAndIgnoresOthers() throws IOException {
		write("a-2027.json", TEST_2027);
		write("README.txt", "not data");
		assertThat(HolidayCalendarLoader.load(this.dir).covers(2027)).isTrue();
	}

	@Test
	void refusesAnAdjustedWorkingDayThatIsNoWeekend() throws IOException {
		Path file = write("bad.json", TEST_2027.replace("2027-01-09", "2027-01-11"));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(file))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly("2027: adjusted working day 2027-01-11 is a MONDAY, not a weekend"));
	}

	@Test
	void refusesADayThatIsBothHolidayAndWorkingDay() throws IOException {
		Path file = write("bad.json", TEST_2027.replace("2027-01-09", "2027-01-02"));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(file))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly("2027: 2027-01-02 is both an adjusted working day and part of 元旦"));
	}

	@Test
	void refusesAdjustedDaysClashingWithAnotherYearsHolidays() throws IOException {
		// a 2027 notice that declares 2026-10-03 (a Saturday of the 2026 National Day) a
		// working day
		Path file = write("bad.json", TEST_2027.replace("2027-01-09", "2026-12-26")
			.replace("\"adjustedWorkingDays\": [\"2026-12-26\"]", "\"adjustedWorkingDays\": [\"2026-10-03\"]"));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(file))
			.satisfies((ex) -> assertThat(ex.problems()).contains(
					"2027: 2026-10-03 is both an adjusted working day and part of 国庆节",
					"2027: adjusted working day 2026-10-03 is too far from 2027"));
	}

	@Test
	void refusesHolidaysOutsideTheirYearAndReportsEveryProblem() throws IOException {
		Path file = write("bad.json",
				TEST_2027
					.replace("\"from\": \"2027-01-01\", \"to\": \"2027-01-03\"",
							"\"from\": \"2028-01-01\", \"to\": \"2028-01-03\"")
					.replace("\"title\": \"test notice for 2027\",", "\"title\": \"\","));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(file))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly("2027: title is missing",
					"2027 元旦: 2028-01-01..2028-01-03 lies outside 2027"));
	}

	@Test
	void refusesAHolidayEndingBeforeItStarts() throws IOException {
		Path file = write("bad.json", TEST_2027.replace("\"to\": \"2027-01-03\"", "\"to\": \"2026-12-31\""));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(file))
			.withMessageContaining("ends 2026-12-31 before it starts 2027-01-01");
	}

	@Test
	void refusesTheSameYearTwiceInOperatorData() throws IOException {
		write("a.json", TEST_2027);
		write("b.json", TEST_2027);
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(this.dir))
			.withMessageContaining("year 2027 is given more than once");
	}

	@Test
	void refusesUnknownFieldsMalformedJsonAndBadDates() throws IOException {
		Path typo = write("typo.json", TEST_2027.replace("adjustedWorkingDays", "adjustedWorkdays"));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(typo))
			.withMessageContaining("not valid holiday JSON");
		Path broken = write("broken.json", "{\"notices\": [");
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(broken))
			.withMessageContaining("not valid holiday JSON");
		Path badDate = write("date.json", TEST_2027.replace("2027-01-09", "2027-02-30"));
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(badDate))
			.withMessageContaining("not valid holiday JSON");
		Path empty = write("empty.json", "{}");
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(empty))
			.withMessageContaining("no \"notices\" array");
	}

	@Test
	void refusesAMissingPathOrAnEmptyDirectory() {
		assertThatExceptionOfType(CalendarDataException.class)
			.isThrownBy(() -> HolidayCalendarLoader.load(this.dir.resolve("missing.json")))
			.withMessageContaining("no such file or directory");
		assertThatExceptionOfType(CalendarDataException.class).isThrownBy(() -> HolidayCalendarLoader.load(this.dir))
			.withMessageContaining("found 0");
	}

	@Test
	void calendarsBuiltInCodeAreValidatedToo() {
		HolidayNotice weekdayWorking = new HolidayNotice(2027, "t", null, LocalDate.of(2026, 11, 1), "test",
				List.of(new Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1))),
				List.of(LocalDate.of(2027, 1, 4)));
		assertThatExceptionOfType(CalendarDataException.class)
			.isThrownBy(() -> WorkingDayCalendar.of(List.of(weekdayWorking)))
			.withMessageContaining("not a weekend");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

}

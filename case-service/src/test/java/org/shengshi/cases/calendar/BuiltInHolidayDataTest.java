package org.shengshi.cases.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped data says exactly what the State Council notices say (texts checked against
 * the Xinhua releases of 2024-11-12 and 2025-11-04).
 */
class BuiltInHolidayDataTest {

	private static final WorkingDayCalendar CALENDAR = HolidayCalendarLoader.builtIn();

	@Test
	void coversExactly2025And2026() {
		assertThat(CALENDAR.notices().keySet()).containsExactly(2025, 2026);
		assertThat(CALENDAR.covers(2024)).isFalse();
		assertThat(CALENDAR.covers(2027)).isFalse();
	}

	@Test
	void notice2025AsPublishedOn20241112() {
		HolidayNotice notice = CALENDAR.notices().get(2025);
		assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2024, 11, 12));
		assertThat(notice.reference()).isEqualTo("国办发明电〔2024〕12号");
		assertThat(notice.holidays()).containsExactly(holiday("元旦", "2025-01-01", "2025-01-01"),
				holiday("春节", "2025-01-28", "2025-02-04"), holiday("清明节", "2025-04-04", "2025-04-06"),
				holiday("劳动节", "2025-05-01", "2025-05-05"), holiday("端午节", "2025-05-31", "2025-06-02"),
				holiday("国庆节、中秋节", "2025-10-01", "2025-10-08"));
		assertThat(notice.adjustedWorkingDays())
			.containsExactly(dates("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));
	}

	@Test
	void notice2026AsPublishedOn20251104WithItsDocumentNumberLeftOpen() {
		HolidayNotice notice = CALENDAR.notices().get(2026);
		assertThat(notice.issuedOn()).isEqualTo(LocalDate.of(2025, 11, 4));
		assertThat(notice.reference()).isNull();
		assertThat(notice.source()).contains("could not be confirmed");
		assertThat(notice.holidays()).containsExactly(holiday("元旦", "2026-01-01", "2026-01-03"),
				holiday("春节", "2026-02-15", "2026-02-23"), holiday("清明节", "2026-04-04", "2026-04-06"),
				holiday("劳动节", "2026-05-01", "2026-05-05"), holiday("端午节", "2026-06-19", "2026-06-21"),
				holiday("中秋节", "2026-09-25", "2026-09-27"), holiday("国庆节", "2026-10-01", "2026-10-07"));
		assertThat(notice.adjustedWorkingDays())
			.containsExactly(dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
	}

	@Test
	void holidayLengthsMatchTheDaysEachNoticeAnnounces() {
		assertThat(CALENDAR.notices().get(2025).holidays().stream().map((h) -> h.dates().count())).containsExactly(1L,
				8L, 3L, 5L, 3L, 8L);
		assertThat(CALENDAR.notices().get(2026).holidays().stream().map((h) -> h.dates().count())).containsExactly(3L,
				9L, 3L, 5L, 3L, 3L, 7L);
	}

	static Holiday holiday(String name, String from, String to) {
		return new Holiday(name, LocalDate.parse(from), LocalDate.parse(to));
	}

	static LocalDate[] dates(String... texts) {
		return List.of(texts).stream().map(LocalDate::parse).toArray(LocalDate[]::new);
	}

}

package org.shengshi.cases.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks notices before they are used: required fields present, every holiday period
 * ordered, short and touching its notice's year, adjusted working days on weekends near
 * their year, and no date both a holiday and an adjusted working day (also across
 * notices).
 */
final class HolidayDataValidator {

	static final int MAX_HOLIDAY_DAYS = 15;

	static final int MAX_DAYS_OUTSIDE_YEAR = 31;

	private HolidayDataValidator() {
	}

	static List<String> validate(Collection<HolidayNotice> notices) {
		List<String> problems = new ArrayList<>();
		Map<LocalDate, String> holidayDates = new HashMap<>();
		for (HolidayNotice notice : notices) {
			checkNotice(notice, problems);
			for (Holiday holiday : notice.holidays()) {
				if (checkHoliday(notice.year(), holiday, problems)) {
					holiday.dates().forEach((day) -> holidayDates.put(day, holiday.name()));
				}
			}
		}
		for (HolidayNotice notice : notices) {
			for (LocalDate day : notice.adjustedWorkingDays()) {
				checkAdjustedDay(notice.year(), day, holidayDates, problems);
			}
		}
		return problems;
	}

	private static void checkNotice(HolidayNotice notice, List<String> problems) {
		int year = notice.year();
		if (year < 2000 || year > 2100) {
			problems.add("year " + year + " is out of range");
		}
		if (isBlank(notice.title())) {
			problems.add(year + ": title is missing");
		}
		if (isBlank(notice.source())) {
			problems.add(year + ": source is missing");
		}
		if (notice.issuedOn() == null) {
			problems.add(year + ": issuedOn is missing");
		}
		else if (notice.issuedOn().getYear() > year) {
			problems.add(year + ": issuedOn " + notice.issuedOn() + " is after the year it announces");
		}
		if (notice.holidays().isEmpty()) {
			problems.add(year + ": no holidays listed");
		}
	}

	private static boolean checkHoliday(int year, Holiday holiday, List<String> problems) {
		if (holiday == null || isBlank(holiday.name()) || holiday.from() == null || holiday.to() == null) {
			problems.add(year + ": a holiday needs name, from and to");
			return false;
		}
		String label = year + " " + holiday.name();
		if (holiday.to().isBefore(holiday.from())) {
			problems.add(label + ": ends " + holiday.to() + " before it starts " + holiday.from());
			return false;
		}
		if (ChronoUnit.DAYS.between(holiday.from(), holiday.to()) >= MAX_HOLIDAY_DAYS) {
			problems.add(label + ": longer than " + MAX_HOLIDAY_DAYS + " days");
			return false;
		}
		if (holiday.to().getYear() < year || holiday.from().getYear() > year) {
			problems.add(label + ": " + holiday.from() + ".." + holiday.to() + " lies outside " + year);
			return false;
		}
		return true;
	}

	private static void checkAdjustedDay(int year, LocalDate day, Map<LocalDate, String> holidayDates,
			List<String> problems) {
		if (day == null) {
			problems.add(year + ": an adjusted working day is empty");
			return;
		}
		if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
			problems.add(year + ": adjusted working day " + day + " is a " + day.getDayOfWeek() + ", not a weekend");
		}
		if (holidayDates.containsKey(day)) {
			problems.add(year + ": " + day + " is both an adjusted working day and part of " + holidayDates.get(day));
		}
		LocalDate first = LocalDate.of(year, 1, 1).minusDays(MAX_DAYS_OUTSIDE_YEAR);
		LocalDate last = LocalDate.of(year, 12, 31).plusDays(MAX_DAYS_OUTSIDE_YEAR);
		if (day.isBefore(first) || day.isAfter(last)) {
			problems.add(year + ": adjusted working day " + day + " is too far from " + year);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}

package org.shengshi.cases.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days per the State Council notices in the data.
 *
 * <p>
 * A day is a working day when it is an adjusted working day (调休上班), or a Monday to Friday
 * that is not a holiday. Years without a notice are counted Monday to Friday and reported
 * in {@link CalendarResult#fallbackYears()}.
 *
 * <p>
 * Counting rule: the start day is day 0 whatever it is; {@code addWorkingDays(start, n)}
 * is the n-th working day strictly after the start, so a case accepted on a Friday with a
 * limit of 1 working day is due the next working day. {@code workingDaysBetween(a, b)}
 * counts working days in {@code (a, b]}, its inverse.
 */
public final class WorkingDayCalendar {

	/** Bounds every walk over days: no computation spans more than ten years. */
	static final int MAX_SPAN_DAYS = 3660;

	private final SortedMap<Integer, HolidayNotice> notices;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> adjustedWorkingDays;

	private final String origin;

	WorkingDayCalendar(Map<Integer, HolidayNotice> notices, String origin) {
		List<String> problems = HolidayDataValidator.validate(notices.values());
		if (!problems.isEmpty()) {
			throw new CalendarDataException(origin, problems);
		}
		this.notices = Collections.unmodifiableSortedMap(new TreeMap<>(notices));
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> on = new HashSet<>();
		notices.values().forEach((notice) -> {
			notice.holidays().forEach((holiday) -> holiday.dates().forEach(off::add));
			on.addAll(notice.adjustedWorkingDays());
		});
		this.holidays = Set.copyOf(off);
		this.adjustedWorkingDays = Set.copyOf(on);
		this.origin = origin;
	}

	/** A calendar from notices given in code, validated like loaded data. */
	public static WorkingDayCalendar of(List<HolidayNotice> notices) {
		Map<Integer, HolidayNotice> byYear = new TreeMap<>();
		for (HolidayNotice notice : notices) {
			if (byYear.put(notice.year(), notice) != null) {
				throw new CalendarDataException("code", List.of("year " + notice.year() + " appears twice"));
			}
		}
		return new WorkingDayCalendar(byYear, "code");
	}

	public boolean isWorkingDay(LocalDate date) {
		if (this.holidays.contains(date)) {
			return false;
		}
		if (this.adjustedWorkingDays.contains(date)) {
			return true;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** Whether the notice of that year is in the data. */
	public boolean covers(int year) {
		return this.notices.containsKey(year);
	}

	public SortedMap<Integer, HolidayNotice> notices() {
		return this.notices;
	}

	/** Where the data came from: the built-in resource and/or the operator's path. */
	public String origin() {
		return this.origin;
	}

	/** The n-th working day after {@code start} (start is day 0; n = 0 gives start). */
	public CalendarResult<LocalDate> addWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
		Set<Integer> fallback = new TreeSet<>();
		LocalDate day = start;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			requireWithinSpan(start, day);
			noteFallback(day, fallback);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return CalendarResult.of(day, fallback);
	}

	/**
	 * Working days in {@code (a, b]}; negative (minus the count in {@code (b, a]}) when b
	 * is before a.
	 */
	public CalendarResult<Integer> workingDaysBetween(LocalDate a, LocalDate b) {
		if (b.isBefore(a)) {
			CalendarResult<Integer> reverse = workingDaysBetween(b, a);
			return CalendarResult.of(-reverse.value(), reverse.fallbackYears());
		}
		requireWithinSpan(a, b);
		Set<Integer> fallback = new TreeSet<>();
		int count = 0;
		for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
			noteFallback(day, fallback);
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return CalendarResult.of(count, fallback);
	}

	private void noteFallback(LocalDate day, Set<Integer> fallback) {
		if (!covers(day.getYear())) {
			fallback.add(day.getYear());
		}
	}

	private static void requireWithinSpan(LocalDate from, LocalDate to) {
		if (ChronoUnit.DAYS.between(from, to) > MAX_SPAN_DAYS) {
			throw new IllegalArgumentException("working-day computation spans more than " + MAX_SPAN_DAYS + " days");
		}
	}

}

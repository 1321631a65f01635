package org.shengshi.cases.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.calendar.WorkingDayCalendar;

/**
 * One walk over the days from acceptance that finds the due date, the warning day and the
 * working days used and paused up to the end of the reading.
 */
final class SlaReading {

	private static final int MAX_WALK_DAYS = 3660;

	private final SlaClock clock;

	private final LocalDate acceptedOn;

	private final LocalDate end;

	private final WorkingDayCalendar calendar;

	private final SlaPolicy policy;

	private final List<PausedDays> pausedRanges;

	private final SortedSet<Integer> fallbackYears = new TreeSet<>();

	SlaReading(SlaClock clock, Instant end, WorkingDayCalendar calendar, SlaPolicy policy) {
		this.clock = clock;
		this.acceptedOn = ChinaTime.dateOf(clock.acceptedAt());
		this.end = ChinaTime.dateOf(end);
		this.calendar = calendar;
		this.policy = policy;
		this.pausedRanges = clock.pauses()
			.stream()
			.map((pause) -> new PausedDays(ChinaTime.dateOf(pause.from()),
					ChinaTime.dateOf(pause.open() ? end : pause.until())))
			.toList();
	}

	SlaStatus read() {
		int limit = this.clock.limitWorkingDays();
		int warningDay = this.policy.warningDay(limit);
		LocalDate due = (limit == 0) ? this.acceptedOn : null;
		LocalDate warningFrom = due;
		int counted = 0;
		int used = 0;
		int paused = 0;
		LocalDate day = this.acceptedOn;
		while (due == null || day.isBefore(this.end)) {
			day = nextDay(day);
			if (!this.calendar.isWorkingDay(day)) {
				continue;
			}
			if (isPaused(day)) {
				paused++;
				continue;
			}
			counted++;
			used += day.isAfter(this.end) ? 0 : 1;
			if (warningFrom == null && counted == warningDay) {
				warningFrom = day;
			}
			if (due == null && counted == limit) {
				due = day;
			}
		}
		return new SlaStatus(this.acceptedOn, limit, due, warningFrom, used, paused, usedPercent(used, limit),
				state(due, warningFrom), this.clock.paused(), this.clock.stopped(), this.fallbackYears);
	}

	private LocalDate nextDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		if (ChronoUnit.DAYS.between(this.acceptedOn, next) > MAX_WALK_DAYS) {
			throw new IllegalStateException("the clock spans more than " + MAX_WALK_DAYS + " days");
		}
		if (!this.calendar.covers(next.getYear())) {
			this.fallbackYears.add(next.getYear());
		}
		return next;
	}

	private boolean isPaused(LocalDate day) {
		return this.pausedRanges.stream().anyMatch((range) -> range.contains(day));
	}

	private SlaState state(LocalDate due, LocalDate warningFrom) {
		if (this.end.isAfter(due)) {
			return SlaState.OVERDUE;
		}
		return this.end.isBefore(warningFrom) ? SlaState.ON_TRACK : SlaState.WARNING;
	}

	private static int usedPercent(int used, int limit) {
		return (limit == 0) ? 100 : used * 100 / limit;
	}

	/** Days {@code (pausedOn, resumedOn]} are not counted. */
	private record PausedDays(LocalDate pausedOn, LocalDate resumedOn) {

		boolean contains(LocalDate day) {
			return day.isAfter(this.pausedOn) && !day.isAfter(this.resumedOn);
		}

	}

}

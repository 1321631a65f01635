package org.shengshi.cases.sla;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The clock read at one moment. Dates are Asia/Shanghai.
 *
 * @param acceptedOn day 0
 * @param limitWorkingDays the promised limit
 * @param dueDate last working day within the limit, shifted by paused working days
 * @param warningFrom first day of {@link SlaState#WARNING}
 * @param usedWorkingDays unpaused working days used up to the moment read (or the stop)
 * @param pausedWorkingDays working days not counted because the clock was paused
 * @param usedPercent used share of the limit, floored; 100 for a limit of 0
 * @param state on track, warning or overdue
 * @param paused whether a pause is open
 * @param stopped whether the clock stopped at a decision
 * @param fallbackYears years counted Monday to Friday for want of a notice; recompute
 * when they arrive
 */
public record SlaStatus(LocalDate acceptedOn, int limitWorkingDays, LocalDate dueDate, LocalDate warningFrom,
		int usedWorkingDays, int pausedWorkingDays, int usedPercent, SlaState state, boolean paused, boolean stopped,
		SortedSet<Integer> fallbackYears) {

	public SlaStatus {
		fallbackYears = Collections.unmodifiableSortedSet(new TreeSet<>(fallbackYears));
	}

	/** Working days left; negative when overdue. */
	public int remainingWorkingDays() {
		return this.limitWorkingDays - this.usedWorkingDays;
	}

	public boolean calendarComplete() {
		return this.fallbackYears.isEmpty();
	}

}

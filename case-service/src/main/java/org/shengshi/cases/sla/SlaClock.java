package org.shengshi.cases.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * The clock of one case as stored: acceptance, limit, pauses and the stop, all instants
 * in UTC. Immutable: every operation returns the next clock. Reading it
 * ({@link #read(Instant, WorkingDayCalendar, SlaPolicy)}) uses the calendar of the day,
 * so reading again after new holiday data arrives recomputes the due date.
 *
 * @param acceptedAt when the case was accepted (受理)
 * @param limitWorkingDays the item's promised limit (0 for an instant item)
 * @param pauses pauses in order; only the last may be open
 * @param stoppedAt when the decision stopped the clock, or {@code null}
 */
public record SlaClock(Instant acceptedAt, int limitWorkingDays, List<Pause> pauses, Instant stoppedAt) {

	/** Longest limit accepted, in working days. */
	public static final int MAX_LIMIT = 365;

	public SlaClock {
		if (acceptedAt == null) {
			throw new IllegalArgumentException("acceptedAt is required");
		}
		if (limitWorkingDays < 0 || limitWorkingDays > MAX_LIMIT) {
			throw new CaseRuleException(CaseErrorCode.SLA_LIMIT_INVALID,
					"limit must be 0.." + MAX_LIMIT + " working days, was " + limitWorkingDays);
		}
		pauses = List.copyOf(pauses);
	}

	public static SlaClock start(Instant acceptedAt, int limitWorkingDays) {
		return new SlaClock(acceptedAt, limitWorkingDays, List.of(), null);
	}

	public boolean paused() {
		return !this.pauses.isEmpty() && this.pauses.get(this.pauses.size() - 1).open();
	}

	public boolean stopped() {
		return this.stoppedAt != null;
	}

	public SlaClock pause(Instant at, PauseReason reason) {
		requireRunning("pause");
		requireNotBefore(at, lastEvent());
		List<Pause> next = new ArrayList<>(this.pauses);
		next.add(new Pause(reason, at, null));
		return new SlaClock(this.acceptedAt, this.limitWorkingDays, next, null);
	}

	public SlaClock resume(Instant at) {
		if (stopped() || !paused()) {
			throw invalid("resume: the clock is not paused");
		}
		requireNotBefore(at, lastEvent());
		return new SlaClock(this.acceptedAt, this.limitWorkingDays, closeOpenPause(at), null);
	}

	/** Stops the clock at a decision; an open pause ends there. */
	public SlaClock stop(Instant at) {
		if (stopped()) {
			throw invalid("stop: the clock is already stopped");
		}
		requireNotBefore(at, lastEvent());
		return new SlaClock(this.acceptedAt, this.limitWorkingDays, closeOpenPause(at), at);
	}

	/** The clock read at {@code now} (or at its stop, if earlier). */
	public SlaStatus read(Instant now, WorkingDayCalendar calendar, SlaPolicy policy) {
		Instant end = (this.stoppedAt != null && this.stoppedAt.isBefore(now)) ? this.stoppedAt : now;
		if (end.isBefore(lastEvent())) {
			throw new IllegalArgumentException("cannot read the clock before its last event " + lastEvent());
		}
		return new SlaReading(this, end, calendar, policy).read();
	}

	/**
	 * The clock read at its last event (acceptance, pause, resume or stop), as it was
	 * stored then: reading it with another calendar shows exactly what that calendar
	 * changes.
	 */
	public SlaStatus readAsStored(WorkingDayCalendar calendar, SlaPolicy policy) {
		return read(lastEvent(), calendar, policy);
	}

	Instant lastEvent() {
		if (this.stoppedAt != null) {
			return this.stoppedAt;
		}
		if (this.pauses.isEmpty()) {
			return this.acceptedAt;
		}
		Pause last = this.pauses.get(this.pauses.size() - 1);
		return last.open() ? last.from() : last.until();
	}

	private List<Pause> closeOpenPause(Instant at) {
		List<Pause> next = new ArrayList<>(this.pauses);
		if (paused()) {
			Pause open = next.remove(next.size() - 1);
			next.add(new Pause(open.reason(), open.from(), at));
		}
		return next;
	}

	private void requireRunning(String operation) {
		if (stopped()) {
			throw invalid(operation + ": the clock is stopped");
		}
		if (paused()) {
			throw invalid(operation + ": the clock is already paused");
		}
	}

	private static void requireNotBefore(Instant at, Instant previous) {
		if (at.isBefore(previous)) {
			throw invalid("events must not go back in time: " + at + " is before " + previous);
		}
	}

	private static CaseRuleException invalid(String detail) {
		return new CaseRuleException(CaseErrorCode.SLA_CLOCK_STATE_INVALID, detail);
	}

}

package org.shengshi.cases.lifecycle;

/**
 * What a transition does to the working-day clock. Derived from the clock phase of the
 * states before and after: the clock runs while the case is accepted or under review, is
 * paused while a supplement or special procedure interrupts a running clock, and stops at
 * the decision (approved, denied) or a withdrawal. A supplement requested before
 * acceptance does not touch the clock: it has not started.
 */
public enum ClockEffect {

	NONE, START, PAUSE_WAITING_ON_APPLICANT, PAUSE_SPECIAL_PROCEDURE, RESUME, STOP

}

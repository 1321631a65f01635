package org.shengshi.cases.lifecycle;

/**
 * Where the working-day clock is for a case state; transitions between phases are
 * effects.
 */
enum ClockPhase {

	NOT_STARTED, RUNNING, PAUSED, STOPPED;

	static ClockPhase of(CaseState state) {
		return switch (state.status()) {
			case DRAFT, SUBMITTED -> NOT_STARTED;
			case ACCEPTED, UNDER_REVIEW -> RUNNING;
			case SUPPLEMENT_REQUESTED, SUSPENDED ->
				(of(CaseState.of(state.returnTo())) == RUNNING) ? PAUSED : NOT_STARTED;
			case NOT_ACCEPTED, APPROVED, DENIED, AWAITING_PAYMENT, PAID, COMPLETED, WITHDRAWN, ANSWERED, CLOSED ->
				STOPPED;
		};
	}

	static ClockEffect effect(CaseState before, CaseState after) {
		ClockPhase from = of(before);
		ClockPhase to = of(after);
		if (from == NOT_STARTED && to == RUNNING) {
			return ClockEffect.START;
		}
		if (from == RUNNING && to == PAUSED) {
			return (after.status() == CaseStatus.SUSPENDED) ? ClockEffect.PAUSE_SPECIAL_PROCEDURE
					: ClockEffect.PAUSE_WAITING_ON_APPLICANT;
		}
		if (from == PAUSED && to == RUNNING) {
			return ClockEffect.RESUME;
		}
		if ((from == RUNNING || from == PAUSED) && to == STOPPED) {
			return ClockEffect.STOP;
		}
		return ClockEffect.NONE;
	}

}

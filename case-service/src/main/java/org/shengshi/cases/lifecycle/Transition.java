package org.shengshi.cases.lifecycle;

import java.util.Set;

/**
 * One row of the transition table.
 *
 * @param from the status the action applies to
 * @param action the action
 * @param to the status reached; for RESUBMIT and RESUME the {@code returnTo} of the state
 * decides, and {@code to} is {@code null}
 * @param roles who may act
 * @param label the applicant's timeline entry in plain Chinese
 */
public record Transition(CaseStatus from, CaseAction action, CaseStatus to, Set<ActorRole> roles, String label) {

	public Transition {
		roles = Set.copyOf(roles);
	}

	public boolean returnsToPrevious() {
		return this.to == null;
	}

}

package org.shengshi.cases.lifecycle;

/**
 * An accepted transition, ready to be stored with actor and time and turned into a
 * timeline entry and a {@code case.*} event.
 *
 * @param from the state before
 * @param to the state after
 * @param action the action taken
 * @param role who took it
 * @param label the applicant's timeline entry in plain Chinese
 * @param clock what to do to the working-day clock
 * @param input the reason, materials, procedure carried by the action
 */
public record TransitionOutcome(CaseState from, CaseState to, CaseAction action, ActorRole role, String label,
		ClockEffect clock, ActionInput input) {
}

package org.shengshi.cases.lifecycle;

import java.util.HashSet;
import java.util.List;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * Applies an action to a case state per the {@link TransitionTable}: first whether the
 * status allows the action at all, then whether the role may take it, then whether the
 * action carries what it needs.
 */
public final class CaseLifecycle {

	static final int MAX_REASON_LENGTH = 500;

	static final int MAX_MATERIALS = 50;

	private CaseLifecycle() {
	}

	public static TransitionOutcome apply(CaseState state, CaseAction action, ActorRole role, ActionInput input) {
		return apply(CaseKind.APPLICATION, state, action, role, input);
	}

	/**
	 * As {@link #apply(CaseState, CaseAction, ActorRole, ActionInput)}, with the table of
	 * the kind.
	 */
	public static TransitionOutcome apply(CaseKind kind, CaseState state, CaseAction action, ActorRole role,
			ActionInput input) {
		Transition row = TransitionTable.find(kind, state.status(), action)
			.orElseThrow(() -> new CaseRuleException(CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED,
					action + " is not allowed when the case is " + state.status()));
		if (!row.roles().contains(role)) {
			throw new CaseRuleException(CaseErrorCode.CASE_ACTION_FORBIDDEN,
					role + " may not " + action + " a case that is " + state.status());
		}
		checkInput(action, input);
		CaseState next = nextState(state, row);
		return new TransitionOutcome(state, next, action, role, row.label(), ClockPhase.effect(state, next), input);
	}

	private static CaseState nextState(CaseState state, Transition row) {
		if (row.returnsToPrevious()) {
			return CaseState.of(state.returnTo());
		}
		if (row.to() == CaseStatus.SUPPLEMENT_REQUESTED || row.to() == CaseStatus.SUSPENDED) {
			return CaseState.interrupted(row.to(), state.status());
		}
		return CaseState.of(row.to());
	}

	private static void checkInput(CaseAction action, ActionInput input) {
		switch (action.requirement()) {
			case REASON -> requireReason(input.reason());
			case MATERIALS -> requireMaterials(input.materialCodes());
			case PROCEDURE -> {
				if (input.procedure() == null) {
					throw new CaseRuleException(CaseErrorCode.CASE_PROCEDURE_REQUIRED,
							"name the special procedure: " + List.of(SpecialProcedure.values()));
				}
			}
			case INSTANT_RULES -> requireInstantRules(input.instant());
			case ANSWER -> {
				if (input.reason() == null || input.reason().isBlank()) {
					throw new CaseRuleException(CaseErrorCode.CASE_ANSWER_REQUIRED, "the answer text is required");
				}
			}
			case NONE -> {
			}
		}
		if (input.reason() != null && input.reason().length() > MAX_REASON_LENGTH) {
			throw new CaseRuleException(CaseErrorCode.CASE_REASON_REQUIRED,
					"the opinion must be at most " + MAX_REASON_LENGTH + " characters");
		}
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new CaseRuleException(CaseErrorCode.CASE_REASON_REQUIRED, "a reason is required");
		}
	}

	private static void requireMaterials(List<String> codes) {
		if (codes.isEmpty() || codes.size() > MAX_MATERIALS) {
			throw new CaseRuleException(CaseErrorCode.CASE_MATERIALS_REQUIRED,
					"list 1 to " + MAX_MATERIALS + " materials to supply");
		}
		if (codes.stream().anyMatch((code) -> code == null || code.isBlank())
				|| new HashSet<>(codes).size() != codes.size()) {
			throw new CaseRuleException(CaseErrorCode.CASE_MATERIALS_REQUIRED,
					"material codes must be non-blank and listed once");
		}
	}

	private static void requireInstantRules(InstantEligibility instant) {
		if (instant == null || !instant.instantItem()) {
			throw new CaseRuleException(CaseErrorCode.CASE_INSTANT_RULES_NOT_MET, "the item is not an instant item");
		}
		if (!instant.holds()) {
			throw new CaseRuleException(CaseErrorCode.CASE_INSTANT_RULES_NOT_MET,
					"conditions not met: " + instant.unmetConditions());
		}
	}

}

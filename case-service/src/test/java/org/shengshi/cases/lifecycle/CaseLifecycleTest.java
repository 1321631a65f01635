package org.shengshi.cases.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CaseLifecycleTest {

	private static final CaseState SUBMITTED = CaseState.of(CaseStatus.SUBMITTED);

	private static final CaseState UNDER_REVIEW = CaseState.of(CaseStatus.UNDER_REVIEW);

	@Test
	void refusingAcceptanceAndDenyingNeedAReason() {
		assertRefused(SUBMITTED, CaseAction.REJECT_ACCEPTANCE, ActorRole.OFFICER, ActionInput.none(),
				CaseErrorCode.CASE_REASON_REQUIRED);
		assertRefused(UNDER_REVIEW, CaseAction.DENY, ActorRole.OFFICER, ActionInput.opinion("   "),
				CaseErrorCode.CASE_REASON_REQUIRED);
		TransitionOutcome denied = CaseLifecycle.apply(UNDER_REVIEW, CaseAction.DENY, ActorRole.OFFICER,
				ActionInput.opinion("不符合申领条件"));
		assertThat(denied.input().reason()).isEqualTo("不符合申领条件");
	}

	@Test
	void opinionsHaveABoundedLength() {
		String tooLong = String.join("", Collections.nCopies(CaseLifecycle.MAX_REASON_LENGTH + 1, "理"));
		assertRefused(UNDER_REVIEW, CaseAction.APPROVE, ActorRole.OFFICER, ActionInput.opinion(tooLong),
				CaseErrorCode.CASE_REASON_REQUIRED);
	}

	@Test
	void supplementRequestNeedsDistinctMaterials() {
		assertRefused(SUBMITTED, CaseAction.REQUEST_SUPPLEMENT, ActorRole.OFFICER,
				ActionInput.supplement(List.of(), null), CaseErrorCode.CASE_MATERIALS_REQUIRED);
		assertRefused(SUBMITTED, CaseAction.REQUEST_SUPPLEMENT, ActorRole.OFFICER,
				ActionInput.supplement(List.of("M01", "M01"), null), CaseErrorCode.CASE_MATERIALS_REQUIRED);
		assertRefused(SUBMITTED, CaseAction.REQUEST_SUPPLEMENT, ActorRole.OFFICER,
				ActionInput.supplement(List.of(" "), null), CaseErrorCode.CASE_MATERIALS_REQUIRED);
		List<String> tooMany = new ArrayList<>();
		for (int i = 0; i <= CaseLifecycle.MAX_MATERIALS; i++) {
			tooMany.add("M" + i);
		}
		assertRefused(SUBMITTED, CaseAction.REQUEST_SUPPLEMENT, ActorRole.OFFICER,
				ActionInput.supplement(tooMany, null), CaseErrorCode.CASE_MATERIALS_REQUIRED);
	}

	@Test
	void suspensionNamesItsProcedure() {
		assertRefused(UNDER_REVIEW, CaseAction.SUSPEND, ActorRole.OFFICER, ActionInput.opinion("需要现场核查"),
				CaseErrorCode.CASE_PROCEDURE_REQUIRED);
		TransitionOutcome outcome = CaseLifecycle.apply(UNDER_REVIEW, CaseAction.SUSPEND, ActorRole.OFFICER,
				ActionInput.suspend(SpecialProcedure.ON_SITE_INSPECTION, "需要现场核查"));
		assertThat(outcome.input().procedure().label()).isEqualTo("现场勘查");
	}

	@Test
	void instantCompletionOnlyWhenTheItemIsInstantAndItsRulesHold() {
		assertRefused(SUBMITTED, CaseAction.COMPLETE_INSTANTLY, ActorRole.SYSTEM, ActionInput.none(),
				CaseErrorCode.CASE_INSTANT_RULES_NOT_MET);
		assertRefused(SUBMITTED, CaseAction.COMPLETE_INSTANTLY, ActorRole.SYSTEM,
				ActionInput.instant(new InstantEligibility(false, List.of())),
				CaseErrorCode.CASE_INSTANT_RULES_NOT_MET);
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> CaseLifecycle.apply(SUBMITTED, CaseAction.COMPLETE_INSTANTLY, ActorRole.SYSTEM,
					ActionInput.instant(new InstantEligibility(true, List.of("FACE_VERIFICATION_FRESH")))))
			.satisfies((ex) -> assertThat(ex.detail()).contains("FACE_VERIFICATION_FRESH"));
		TransitionOutcome done = CaseLifecycle.apply(SUBMITTED, CaseAction.COMPLETE_INSTANTLY, ActorRole.SYSTEM,
				ActionInput.instant(new InstantEligibility(true, List.of())));
		assertThat(done.to()).isEqualTo(CaseState.of(CaseStatus.COMPLETED));
	}

	@Test
	void aStatusThatForbidsTheActionIsReportedBeforeMissingInput() {
		assertRefused(SUBMITTED, CaseAction.DENY, ActorRole.OFFICER, ActionInput.none(),
				CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED);
		assertRefused(UNDER_REVIEW, CaseAction.DENY, ActorRole.APPLICANT, ActionInput.none(),
				CaseErrorCode.CASE_ACTION_FORBIDDEN);
	}

	@Test
	void journeyWithSupplementDuringReviewPaymentAndCompletion() {
		List<ClockEffect> clock = new ArrayList<>();
		CaseState state = CaseState.of(CaseStatus.DRAFT);
		state = step(state, CaseAction.SUBMIT, ActorRole.APPLICANT, ActionInput.none(), clock);
		state = step(state, CaseAction.ACCEPT, ActorRole.OFFICER, ActionInput.none(), clock);
		state = step(state, CaseAction.START_REVIEW, ActorRole.OFFICER, ActionInput.none(), clock);
		state = step(state, CaseAction.REQUEST_SUPPLEMENT, ActorRole.OFFICER,
				ActionInput.supplement(List.of("M02"), "照片不清晰"), clock);
		assertThat(state).isEqualTo(CaseState.interrupted(CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.UNDER_REVIEW));
		state = step(state, CaseAction.RESUBMIT, ActorRole.APPLICANT, ActionInput.none(), clock);
		state = step(state, CaseAction.SUSPEND, ActorRole.OFFICER,
				ActionInput.suspend(SpecialProcedure.EXPERT_REVIEW, null), clock);
		state = step(state, CaseAction.RESUME, ActorRole.OFFICER, ActionInput.none(), clock);
		state = step(state, CaseAction.APPROVE, ActorRole.OFFICER, ActionInput.opinion("同意"), clock);
		state = step(state, CaseAction.REQUEST_PAYMENT, ActorRole.SYSTEM, ActionInput.none(), clock);
		state = step(state, CaseAction.CONFIRM_PAYMENT, ActorRole.SYSTEM, ActionInput.none(), clock);
		state = step(state, CaseAction.COMPLETE, ActorRole.SYSTEM, ActionInput.none(), clock);
		assertThat(state).isEqualTo(CaseState.of(CaseStatus.COMPLETED));
		assertThat(clock).containsExactly(ClockEffect.NONE, ClockEffect.START, ClockEffect.NONE,
				ClockEffect.PAUSE_WAITING_ON_APPLICANT, ClockEffect.RESUME, ClockEffect.PAUSE_SPECIAL_PROCEDURE,
				ClockEffect.RESUME, ClockEffect.STOP, ClockEffect.NONE, ClockEffect.NONE, ClockEffect.NONE);
	}

	@Test
	void interruptedStatesMustSayWhereTheyReturn() {
		assertThatIllegalArgumentException().isThrownBy(() -> CaseState.of(CaseStatus.SUSPENDED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaseState.interrupted(CaseStatus.SUSPENDED, CaseStatus.SUBMITTED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaseState.interrupted(CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.ACCEPTED));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CaseState.interrupted(CaseStatus.UNDER_REVIEW, CaseStatus.ACCEPTED));
		assertThatIllegalArgumentException().isThrownBy(() -> CaseState.of(null));
	}

	@Test
	void concludedStatusesAreTheRateableOutcomes() {
		assertThat(List.of(CaseStatus.values()).stream().filter(CaseStatus::isConcluded))
			.containsExactly(CaseStatus.NOT_ACCEPTED, CaseStatus.DENIED, CaseStatus.COMPLETED);
		assertThat(CaseStatus.WITHDRAWN.isFinal()).isTrue();
		assertThat(CaseStatus.WITHDRAWN.isConcluded()).isFalse();
		assertThat(CaseStatus.SUPPLEMENT_REQUESTED.label()).isEqualTo("待补齐补正");
	}

	private static CaseState step(CaseState state, CaseAction action, ActorRole role, ActionInput input,
			List<ClockEffect> clock) {
		TransitionOutcome outcome = CaseLifecycle.apply(state, action, role, input);
		clock.add(outcome.clock());
		return outcome.to();
	}

	private static void assertRefused(CaseState state, CaseAction action, ActorRole role, ActionInput input,
			CaseErrorCode code) {
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> CaseLifecycle.apply(state, action, role, input))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

}

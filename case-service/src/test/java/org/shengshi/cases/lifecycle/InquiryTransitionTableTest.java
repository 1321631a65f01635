package org.shengshi.cases.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Consultations and complaints (咨询投诉): every state × every action × every role of both
 * kinds against the table written out here; filing is acceptance (the clock starts), the
 * answer stops it.
 */
class InquiryTransitionTableTest {

	private static final String EXPECTED = """
			DRAFT    | SUBMIT   | ACCEPTED  | APPLICANT | START | 已提交，已受理，按承诺时限答复
			ACCEPTED | ANSWER   | ANSWERED  | OFFICER   | STOP  | 已答复
			ACCEPTED | WITHDRAW | WITHDRAWN | APPLICANT | STOP  | 已撤回
			ANSWERED | CLOSE    | CLOSED    | OFFICER   | NONE  | 已办结
			""";

	private static final Map<String, TransitionTableTest.Expected> TABLE = TransitionTableTest.parse(EXPECTED);

	static Stream<Arguments> everyKindStateActionAndRole() {
		List<Arguments> all = new ArrayList<>();
		for (CaseKind kind : List.of(CaseKind.CONSULTATION, CaseKind.COMPLAINT)) {
			for (CaseState state : TransitionTableTest.everyState()) {
				for (CaseAction action : CaseAction.values()) {
					for (ActorRole role : ActorRole.values()) {
						all.add(Arguments.of(kind, state, action, role));
					}
				}
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0}: {1} x {2} by {3}")
	@MethodSource("everyKindStateActionAndRole")
	void appliesExactlyTheTable(CaseKind kind, CaseState state, CaseAction action, ActorRole role) {
		TransitionTableTest.assertAppliesExactly(TABLE, kind, state, action, role);
	}

	@Test
	void productionTableHasNoRowBeyondTheExpectedOnes() {
		TransitionTableTest.assertNoRowBeyond(TABLE, CaseKind.CONSULTATION);
		TransitionTableTest.assertNoRowBeyond(TABLE, CaseKind.COMPLAINT);
	}

	@Test
	void closedAndWithdrawnAreFinal() {
		TransitionTableTest.assertFinalStatusesAllowNoAction(CaseKind.CONSULTATION);
		assertThat(CaseStatus.CLOSED.isFinal()).isTrue();
		assertThat(CaseStatus.CLOSED.isConcluded()).isFalse();
		assertThat(CaseStatus.ANSWERED.isFinal()).isFalse();
	}

	@Test
	void theAnswerTextIsRequired() {
		for (ActionInput input : List.of(ActionInput.none(), ActionInput.opinion("  "))) {
			assertThatExceptionOfType(CaseRuleException.class)
				.isThrownBy(() -> CaseLifecycle.apply(CaseKind.COMPLAINT, CaseState.of(CaseStatus.ACCEPTED),
						CaseAction.ANSWER, ActorRole.OFFICER, input))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo(CaseErrorCode.CASE_ANSWER_REQUIRED));
		}
	}

	@Test
	void applicationsKnowNeitherAnswerNorClose() {
		assertThat(TransitionTable.actionsFor(CaseStatus.ACCEPTED, ActorRole.OFFICER))
			.doesNotContain(CaseAction.ANSWER);
		assertThat(TransitionTable.actionsFor(CaseKind.CONSULTATION, CaseStatus.ACCEPTED, ActorRole.OFFICER))
			.containsExactly(CaseAction.ANSWER);
	}

}

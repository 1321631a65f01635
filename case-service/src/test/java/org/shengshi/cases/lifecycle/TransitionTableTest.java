package org.shengshi.cases.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Every case state (each interruption once per place it returns to) × every action ×
 * every role, against the table written out here independently of the production table.
 * {@code A<B} is status A returning to B.
 */
class TransitionTableTest {

	private static final String EXPECTED = """
			DRAFT                            | SUBMIT             | SUBMITTED                        | APPLICANT OFFICER | NONE                       | 已提交申请
			SUBMITTED                        | ACCEPT             | ACCEPTED                         | OFFICER           | START                      | 已受理
			SUBMITTED                        | REJECT_ACCEPTANCE  | NOT_ACCEPTED                     | OFFICER           | NONE                       | 不予受理
			SUBMITTED                        | REQUEST_SUPPLEMENT | SUPPLEMENT_REQUESTED<SUBMITTED   | OFFICER           | NONE                       | 请补齐补正材料
			SUBMITTED                        | COMPLETE_INSTANTLY | COMPLETED                        | SYSTEM OFFICER    | NONE                       | 即办件，已当场办结
			SUBMITTED                        | WITHDRAW           | WITHDRAWN                        | APPLICANT         | NONE                       | 已撤回申请
			SUPPLEMENT_REQUESTED<SUBMITTED   | RESUBMIT           | SUBMITTED                        | APPLICANT OFFICER | NONE                       | 已补齐补正材料
			SUPPLEMENT_REQUESTED<SUBMITTED   | WITHDRAW           | WITHDRAWN                        | APPLICANT         | NONE                       | 已撤回申请
			SUPPLEMENT_REQUESTED<UNDER_REVIEW| RESUBMIT           | UNDER_REVIEW                     | APPLICANT OFFICER | RESUME                     | 已补齐补正材料
			SUPPLEMENT_REQUESTED<UNDER_REVIEW| WITHDRAW           | WITHDRAWN                        | APPLICANT         | STOP                       | 已撤回申请
			ACCEPTED                         | START_REVIEW       | UNDER_REVIEW                     | OFFICER           | NONE                       | 开始审查
			ACCEPTED                         | SUSPEND            | SUSPENDED<ACCEPTED               | OFFICER           | PAUSE_SPECIAL_PROCEDURE    | 进入特别程序，暂停计时
			ACCEPTED                         | WITHDRAW           | WITHDRAWN                        | APPLICANT         | STOP                       | 已撤回申请
			UNDER_REVIEW                     | APPROVE            | APPROVED                         | OFFICER           | STOP                       | 审批通过
			UNDER_REVIEW                     | DENY               | DENIED                           | OFFICER           | STOP                       | 不予批准
			UNDER_REVIEW                     | REQUEST_SUPPLEMENT | SUPPLEMENT_REQUESTED<UNDER_REVIEW| OFFICER           | PAUSE_WAITING_ON_APPLICANT | 请补齐补正材料，暂停计时
			UNDER_REVIEW                     | SUSPEND            | SUSPENDED<UNDER_REVIEW           | OFFICER           | PAUSE_SPECIAL_PROCEDURE    | 进入特别程序，暂停计时
			UNDER_REVIEW                     | WITHDRAW           | WITHDRAWN                        | APPLICANT         | STOP                       | 已撤回申请
			SUSPENDED<ACCEPTED               | RESUME             | ACCEPTED                         | OFFICER           | RESUME                     | 特别程序结束，继续办理
			SUSPENDED<ACCEPTED               | WITHDRAW           | WITHDRAWN                        | APPLICANT         | STOP                       | 已撤回申请
			SUSPENDED<UNDER_REVIEW           | RESUME             | UNDER_REVIEW                     | OFFICER           | RESUME                     | 特别程序结束，继续办理
			SUSPENDED<UNDER_REVIEW           | WITHDRAW           | WITHDRAWN                        | APPLICANT         | STOP                       | 已撤回申请
			APPROVED                         | REQUEST_PAYMENT    | AWAITING_PAYMENT                 | SYSTEM OFFICER    | NONE                       | 请缴纳费用
			APPROVED                         | COMPLETE           | COMPLETED                        | OFFICER SYSTEM    | NONE                       | 已办结
			AWAITING_PAYMENT                 | CONFIRM_PAYMENT    | PAID                             | SYSTEM            | NONE                       | 已缴费
			PAID                             | COMPLETE           | COMPLETED                        | OFFICER SYSTEM    | NONE                       | 已办结
			""";

	private static final Map<String, Expected> TABLE = parse(EXPECTED);

	static Stream<Arguments> everyStateActionAndRole() {
		List<Arguments> all = new ArrayList<>();
		for (CaseState state : everyState()) {
			for (CaseAction action : CaseAction.values()) {
				for (ActorRole role : ActorRole.values()) {
					all.add(Arguments.of(state, action, role));
				}
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{0} x {1} by {2}")
	@MethodSource("everyStateActionAndRole")
	void appliesExactlyTheTable(CaseState state, CaseAction action, ActorRole role) {
		assertAppliesExactly(TABLE, CaseKind.APPLICATION, state, action, role);
	}

	/** Checks one state × action × role of the kind's table against the expected rows. */
	static void assertAppliesExactly(Map<String, Expected> table, CaseKind kind, CaseState state, CaseAction action,
			ActorRole role) {
		Expected expected = table.get(key(state, action));
		if (expected == null) {
			assertRefused(kind, state, action, role, CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED);
		}
		else if (!expected.roles().contains(role)) {
			assertRefused(kind, state, action, role, CaseErrorCode.CASE_ACTION_FORBIDDEN);
		}
		else {
			TransitionOutcome outcome = CaseLifecycle.apply(kind, state, action, role, completeInput());
			assertThat(outcome.from()).isEqualTo(state);
			assertThat(outcome.to()).isEqualTo(expected.to());
			assertThat(outcome.clock()).isEqualTo(expected.clock());
			assertThat(outcome.label()).isEqualTo(expected.label());
			assertThat(outcome.role()).isEqualTo(role);
		}
	}

	@Test
	void productionTableHasNoRowBeyondTheExpectedOnes() {
		assertNoRowBeyond(TABLE, CaseKind.APPLICATION);
	}

	static void assertNoRowBeyond(Map<String, Expected> table, CaseKind kind) {
		Set<String> expectedPairs = table.keySet()
			.stream()
			.map((key) -> key.replaceAll("<[A-Z_]+", ""))
			.collect(Collectors.toSet());
		Set<String> productionPairs = TransitionTable.rows(kind)
			.stream()
			.map((row) -> row.from() + "|" + row.action())
			.collect(Collectors.toSet());
		assertThat(productionPairs).isEqualTo(expectedPairs);
		assertThat(TransitionTable.rows(kind)).hasSize(expectedPairs.size());
	}

	@Test
	void finalStatusesAllowNoAction() {
		assertFinalStatusesAllowNoAction(CaseKind.APPLICATION);
	}

	/** Every status the kind's table reaches has actions exactly when it is not final. */
	static void assertFinalStatusesAllowNoAction(CaseKind kind) {
		List<Transition> rows = TransitionTable.rows(kind);
		Set<CaseStatus> reached = EnumSet.noneOf(CaseStatus.class);
		rows.forEach((row) -> {
			reached.add(row.from());
			if (row.to() != null) {
				reached.add(row.to());
			}
		});
		for (CaseStatus status : reached) {
			boolean anyAction = rows.stream().anyMatch((row) -> row.from() == status);
			assertThat(anyAction).as(status.name()).isEqualTo(!status.isFinal());
		}
	}

	@Test
	void listsTheActionsEachRoleMayTake() {
		assertThat(TransitionTable.actionsFor(CaseStatus.UNDER_REVIEW, ActorRole.APPLICANT))
			.containsExactly(CaseAction.WITHDRAW);
		assertThat(TransitionTable.actionsFor(CaseStatus.UNDER_REVIEW, ActorRole.OFFICER))
			.containsExactly(CaseAction.REQUEST_SUPPLEMENT, CaseAction.APPROVE, CaseAction.DENY, CaseAction.SUSPEND);
		assertThat(TransitionTable.actionsFor(CaseStatus.AWAITING_PAYMENT, ActorRole.OFFICER)).isEmpty();
		assertThat(TransitionTable.actionsFor(CaseStatus.COMPLETED, ActorRole.SYSTEM)).isEmpty();
	}

	private static void assertRefused(CaseKind kind, CaseState state, CaseAction action, ActorRole role,
			CaseErrorCode code) {
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> CaseLifecycle.apply(kind, state, action, role, completeInput()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	static ActionInput completeInput() {
		return new ActionInput("依据办事指南第三条", List.of("M01"), SpecialProcedure.HEARING,
				new InstantEligibility(true, List.of()));
	}

	static List<CaseState> everyState() {
		List<CaseState> states = new ArrayList<>();
		for (CaseStatus status : CaseStatus.values()) {
			switch (status) {
				case SUPPLEMENT_REQUESTED -> {
					states.add(CaseState.interrupted(status, CaseStatus.SUBMITTED));
					states.add(CaseState.interrupted(status, CaseStatus.UNDER_REVIEW));
				}
				case SUSPENDED -> {
					states.add(CaseState.interrupted(status, CaseStatus.ACCEPTED));
					states.add(CaseState.interrupted(status, CaseStatus.UNDER_REVIEW));
				}
				default -> states.add(CaseState.of(status));
			}
		}
		return states;
	}

	static String key(CaseState state, CaseAction action) {
		return state.status() + ((state.returnTo() != null) ? "<" + state.returnTo() : "") + "|" + action;
	}

	private static CaseState state(String text) {
		String[] parts = text.split("<");
		return (parts.length == 1) ? CaseState.of(CaseStatus.valueOf(parts[0]))
				: CaseState.interrupted(CaseStatus.valueOf(parts[0]), CaseStatus.valueOf(parts[1]));
	}

	static Map<String, Expected> parse(String expectedRows) {
		Map<String, Expected> table = new HashMap<>();
		expectedRows.lines().filter((line) -> !line.isBlank()).forEach((line) -> {
			String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
			Set<ActorRole> roles = EnumSet.noneOf(ActorRole.class);
			Arrays.stream(cells[3].split(" +")).map(ActorRole::valueOf).forEach(roles::add);
			Expected expected = new Expected(state(cells[2]), roles, ClockEffect.valueOf(cells[4]), cells[5]);
			if (table.put(key(state(cells[0]), CaseAction.valueOf(cells[1])), expected) != null) {
				throw new IllegalStateException("duplicate expected row " + line);
			}
		});
		return table;
	}

	record Expected(CaseState to, Set<ActorRole> roles, ClockEffect clock, String label) {
	}

}

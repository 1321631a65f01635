package org.shengshi.cases.lifecycle;

import static org.shengshi.cases.lifecycle.ActorRole.APPLICANT;
import static org.shengshi.cases.lifecycle.ActorRole.OFFICER;
import static org.shengshi.cases.lifecycle.ActorRole.SYSTEM;
import static org.shengshi.cases.lifecycle.CaseAction.ACCEPT;
import static org.shengshi.cases.lifecycle.CaseAction.ANSWER;
import static org.shengshi.cases.lifecycle.CaseAction.CLOSE;
import static org.shengshi.cases.lifecycle.CaseAction.APPROVE;
import static org.shengshi.cases.lifecycle.CaseAction.COMPLETE;
import static org.shengshi.cases.lifecycle.CaseAction.COMPLETE_INSTANTLY;
import static org.shengshi.cases.lifecycle.CaseAction.CONFIRM_PAYMENT;
import static org.shengshi.cases.lifecycle.CaseAction.DENY;
import static org.shengshi.cases.lifecycle.CaseAction.REJECT_ACCEPTANCE;
import static org.shengshi.cases.lifecycle.CaseAction.REQUEST_PAYMENT;
import static org.shengshi.cases.lifecycle.CaseAction.REQUEST_SUPPLEMENT;
import static org.shengshi.cases.lifecycle.CaseAction.RESUBMIT;
import static org.shengshi.cases.lifecycle.CaseAction.RESUME;
import static org.shengshi.cases.lifecycle.CaseAction.START_REVIEW;
import static org.shengshi.cases.lifecycle.CaseAction.SUBMIT;
import static org.shengshi.cases.lifecycle.CaseAction.SUSPEND;
import static org.shengshi.cases.lifecycle.CaseAction.WITHDRAW;
import static org.shengshi.cases.lifecycle.CaseStatus.ACCEPTED;
import static org.shengshi.cases.lifecycle.CaseStatus.ANSWERED;
import static org.shengshi.cases.lifecycle.CaseStatus.APPROVED;
import static org.shengshi.cases.lifecycle.CaseStatus.AWAITING_PAYMENT;
import static org.shengshi.cases.lifecycle.CaseStatus.CLOSED;
import static org.shengshi.cases.lifecycle.CaseStatus.COMPLETED;
import static org.shengshi.cases.lifecycle.CaseStatus.DENIED;
import static org.shengshi.cases.lifecycle.CaseStatus.DRAFT;
import static org.shengshi.cases.lifecycle.CaseStatus.NOT_ACCEPTED;
import static org.shengshi.cases.lifecycle.CaseStatus.PAID;
import static org.shengshi.cases.lifecycle.CaseStatus.SUBMITTED;
import static org.shengshi.cases.lifecycle.CaseStatus.SUPPLEMENT_REQUESTED;
import static org.shengshi.cases.lifecycle.CaseStatus.SUSPENDED;
import static org.shengshi.cases.lifecycle.CaseStatus.UNDER_REVIEW;
import static org.shengshi.cases.lifecycle.CaseStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every allowed transition of a case. Anything not listed is refused. Withdrawal is open
 * to the applicant until a decision; special procedures and supplements interrupt review
 * and return to where they came from.
 * <p>
 * Consultations and complaints (咨询投诉) have their own, shorter table: filing is acceptance
 * (the clock starts at once with the department's promised limit), an officer answers
 * (the answer text is required; the clock stops) and closes; the resident may withdraw
 * before the answer.
 */
public final class TransitionTable {

	private static final List<Transition> ROWS = List.of(row(DRAFT, SUBMIT, SUBMITTED, "已提交申请", APPLICANT, OFFICER),
			row(SUBMITTED, ACCEPT, ACCEPTED, "已受理", OFFICER),
			row(SUBMITTED, REJECT_ACCEPTANCE, NOT_ACCEPTED, "不予受理", OFFICER),
			row(SUBMITTED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, "请补齐补正材料", OFFICER),
			row(SUBMITTED, COMPLETE_INSTANTLY, COMPLETED, "即办件，已当场办结", SYSTEM, OFFICER),
			row(SUBMITTED, WITHDRAW, WITHDRAWN, "已撤回申请", APPLICANT),
			row(SUPPLEMENT_REQUESTED, RESUBMIT, null, "已补齐补正材料", APPLICANT, OFFICER),
			row(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN, "已撤回申请", APPLICANT),
			row(ACCEPTED, START_REVIEW, UNDER_REVIEW, "开始审查", OFFICER),
			row(ACCEPTED, SUSPEND, SUSPENDED, "进入特别程序，暂停计时", OFFICER),
			row(ACCEPTED, WITHDRAW, WITHDRAWN, "已撤回申请", APPLICANT),
			row(UNDER_REVIEW, APPROVE, APPROVED, "审批通过", OFFICER), row(UNDER_REVIEW, DENY, DENIED, "不予批准", OFFICER),
			row(UNDER_REVIEW, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, "请补齐补正材料，暂停计时", OFFICER),
			row(UNDER_REVIEW, SUSPEND, SUSPENDED, "进入特别程序，暂停计时", OFFICER),
			row(UNDER_REVIEW, WITHDRAW, WITHDRAWN, "已撤回申请", APPLICANT),
			row(SUSPENDED, RESUME, null, "特别程序结束，继续办理", OFFICER),
			row(SUSPENDED, WITHDRAW, WITHDRAWN, "已撤回申请", APPLICANT),
			row(APPROVED, REQUEST_PAYMENT, AWAITING_PAYMENT, "请缴纳费用", SYSTEM, OFFICER),
			row(APPROVED, COMPLETE, COMPLETED, "已办结", OFFICER, SYSTEM),
			row(AWAITING_PAYMENT, CONFIRM_PAYMENT, PAID, "已缴费", SYSTEM),
			row(PAID, COMPLETE, COMPLETED, "已办结", OFFICER, SYSTEM));

	private static final List<Transition> INQUIRY_ROWS = List.of(
			row(DRAFT, SUBMIT, ACCEPTED, "已提交，已受理，按承诺时限答复", APPLICANT), row(ACCEPTED, ANSWER, ANSWERED, "已答复", OFFICER),
			row(ACCEPTED, WITHDRAW, WITHDRAWN, "已撤回", APPLICANT), row(ANSWERED, CLOSE, CLOSED, "已办结", OFFICER));

	private static final Map<CaseStatus, Map<CaseAction, Transition>> INDEX = index(ROWS);

	private static final Map<CaseStatus, Map<CaseAction, Transition>> INQUIRY_INDEX = index(INQUIRY_ROWS);

	private TransitionTable() {
	}

	/** The rows of applications (办件). */
	public static List<Transition> rows() {
		return ROWS;
	}

	public static List<Transition> rows(CaseKind kind) {
		return kind.inquiry() ? INQUIRY_ROWS : ROWS;
	}

	public static Optional<Transition> find(CaseStatus from, CaseAction action) {
		return find(CaseKind.APPLICATION, from, action);
	}

	public static Optional<Transition> find(CaseKind kind, CaseStatus from, CaseAction action) {
		return Optional.ofNullable(indexOf(kind).get(from)).map((byAction) -> byAction.get(action));
	}

	/** Actions a role may take in a status, e.g. to show the right buttons. */
	public static List<CaseAction> actionsFor(CaseStatus from, ActorRole role) {
		return actionsFor(CaseKind.APPLICATION, from, role);
	}

	public static List<CaseAction> actionsFor(CaseKind kind, CaseStatus from, ActorRole role) {
		List<CaseAction> actions = new ArrayList<>();
		indexOf(kind).getOrDefault(from, Map.of()).forEach((action, row) -> {
			if (row.roles().contains(role)) {
				actions.add(action);
			}
		});
		return actions;
	}

	private static Transition row(CaseStatus from, CaseAction action, CaseStatus to, String label, ActorRole... roles) {
		return new Transition(from, action, to, Set.of(roles), label);
	}

	private static Map<CaseStatus, Map<CaseAction, Transition>> indexOf(CaseKind kind) {
		return kind.inquiry() ? INQUIRY_INDEX : INDEX;
	}

	private static Map<CaseStatus, Map<CaseAction, Transition>> index(List<Transition> rows) {
		Map<CaseStatus, Map<CaseAction, Transition>> index = new EnumMap<>(CaseStatus.class);
		for (Transition row : rows) {
			Map<CaseAction, Transition> byAction = index.computeIfAbsent(row.from(),
					(status) -> new EnumMap<>(CaseAction.class));
			if (byAction.put(row.action(), row) != null) {
				throw new IllegalStateException("duplicate transition " + row.from() + " x " + row.action());
			}
		}
		return index;
	}

}

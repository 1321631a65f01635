package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.CaseKind;

/** The {@code case.*} event type published for each action, one event per transition. */
final class CaseEventTypes {

	private CaseEventTypes() {
	}

	static String of(CaseAction action) {
		return switch (action) {
			case SUBMIT -> "case.submitted";
			case ACCEPT -> "case.accepted";
			case REJECT_ACCEPTANCE -> "case.not_accepted";
			case REQUEST_SUPPLEMENT -> "case.supplement_requested";
			case RESUBMIT -> "case.resubmitted";
			case START_REVIEW -> "case.review_started";
			case APPROVE -> "case.approved";
			case DENY -> "case.denied";
			case REQUEST_PAYMENT -> "case.payment_requested";
			case CONFIRM_PAYMENT -> "case.paid";
			case COMPLETE, COMPLETE_INSTANTLY -> "case.completed";
			case WITHDRAW -> "case.withdrawn";
			case SUSPEND -> "case.suspended";
			case RESUME -> "case.resumed";
			case ANSWER -> "case.answered";
			case CLOSE -> "case.closed";
		};
	}

	/**
	 * The type for a case of the kind: {@code case.*} for applications,
	 * {@code consultation.*} and {@code complaint.*} for the others (e.g.
	 * {@code complaint.answered}), so consumers of applications never see them.
	 */
	static String of(CaseKind kind, CaseAction action) {
		String type = of(action);
		return kind.inquiry() ? kind.eventPrefix() + type.substring(type.indexOf('.')) : type;
	}

}

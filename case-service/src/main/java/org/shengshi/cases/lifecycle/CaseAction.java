package org.shengshi.cases.lifecycle;

/** What someone does to a case, with what the action must carry. */
public enum CaseAction {

	SUBMIT(Requirement.NONE),

	ACCEPT(Requirement.NONE),

	/** 不予受理: the reason goes to the applicant. */
	REJECT_ACCEPTANCE(Requirement.REASON),

	/** 补齐补正: only materials the item version lists (checked by the material guide). */
	REQUEST_SUPPLEMENT(Requirement.MATERIALS),

	RESUBMIT(Requirement.NONE),

	START_REVIEW(Requirement.NONE),

	APPROVE(Requirement.NONE),

	DENY(Requirement.REASON),

	REQUEST_PAYMENT(Requirement.NONE),

	/** From the payment service's {@code payment.succeeded} event. */
	CONFIRM_PAYMENT(Requirement.NONE),

	COMPLETE(Requirement.NONE),

	WITHDRAW(Requirement.NONE),

	/** 特别程序: hearing, expert review, on-site inspection. */
	SUSPEND(Requirement.PROCEDURE),

	RESUME(Requirement.NONE),

	/** 即办: only when the item is instant and its rules hold. */
	COMPLETE_INSTANTLY(Requirement.INSTANT_RULES),

	/**
	 * The department's answer to a consultation or complaint: the answer text is
	 * required.
	 */
	ANSWER(Requirement.ANSWER),

	/** Closes an answered consultation or complaint. */
	CLOSE(Requirement.NONE);

	private final Requirement requirement;

	CaseAction(Requirement requirement) {
		this.requirement = requirement;
	}

	Requirement requirement() {
		return this.requirement;
	}

	enum Requirement {

		NONE, REASON, MATERIALS, PROCEDURE, INSTANT_RULES, ANSWER

	}

}

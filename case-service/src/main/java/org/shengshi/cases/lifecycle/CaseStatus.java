package org.shengshi.cases.lifecycle;

/** Where a case is, with the label the applicant sees. */
public enum CaseStatus {

	DRAFT("草稿"),

	SUBMITTED("已提交"),

	ACCEPTED("已受理"),

	NOT_ACCEPTED("不予受理"),

	SUPPLEMENT_REQUESTED("待补齐补正"),

	UNDER_REVIEW("审查中"),

	APPROVED("审批通过"),

	DENIED("不予批准"),

	AWAITING_PAYMENT("待缴费"),

	PAID("已缴费"),

	COMPLETED("已办结"),

	WITHDRAWN("已撤回"),

	SUSPENDED("特别程序中"),

	/** A consultation or complaint the department has answered (咨询投诉). */
	ANSWERED("已答复"),

	/** A consultation or complaint closed after its answer. */
	CLOSED("已办结");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the case has a final outcome the applicant may rate (好差评): completed,
	 * denied or not accepted. A withdrawn case has no outcome to rate.
	 */
	public boolean isConcluded() {
		return this == COMPLETED || this == DENIED || this == NOT_ACCEPTED;
	}

	/** Whether no action can move the case any more. */
	public boolean isFinal() {
		return isConcluded() || this == WITHDRAWN || this == CLOSED;
	}

}

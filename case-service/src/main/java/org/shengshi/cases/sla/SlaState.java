package org.shengshi.cases.sla;

/** Where a case stands against its time limit. */
public enum SlaState {

	ON_TRACK("正常"),

	/** The configured share of the limit is used up; the due date is near. */
	WARNING("即将到期"),

	/** The due date has passed (or passed before the decision). */
	OVERDUE("已超期");

	private final String label;

	SlaState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package org.shengshi.cases.lifecycle;

/**
 * What a case is: an application (办件) filed against a published item version, or a
 * consultation or complaint (咨询投诉) addressed to a department. All kinds share the
 * working-day clock, the work queues and the timeline; each has its own transition table.
 */
public enum CaseKind {

	APPLICATION("办件", "case"),

	/** A question to a department (咨询). */
	CONSULTATION("咨询", "consultation"),

	/**
	 * A complaint about a department, optionally about one of the resident's cases (投诉).
	 */
	COMPLAINT("投诉", "complaint");

	private final String label;

	private final String eventPrefix;

	CaseKind(String label, String eventPrefix) {
		this.label = label;
		this.eventPrefix = eventPrefix;
	}

	public String label() {
		return this.label;
	}

	/** First part of the event types of this kind, e.g. {@code consultation.answered}. */
	public String eventPrefix() {
		return this.eventPrefix;
	}

	/** Whether it is a consultation or complaint rather than an application. */
	public boolean inquiry() {
		return this != APPLICATION;
	}

}

package org.shengshi.cases.evaluation;

/** What is rated; {@link #OVERALL} is required, the others optional. */
public enum Indicator {

	OVERALL("总体满意度"),

	EFFICIENCY("办事效率"),

	GUIDE_ACCURACY("办事指南准确性"),

	CONVENIENCE("办事便利度"),

	EASE_OF_USE("操作易用性");

	private final String label;

	Indicator(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

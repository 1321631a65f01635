package org.shengshi.cases.lifecycle;

/** 特别程序 that suspend a case and its clock. */
public enum SpecialProcedure {

	HEARING("听证"),

	EXPERT_REVIEW("专家评审"),

	ON_SITE_INSPECTION("现场勘查");

	private final String label;

	SpecialProcedure(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

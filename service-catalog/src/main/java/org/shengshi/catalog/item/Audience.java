package org.shengshi.catalog.item;

/** Who may apply for an item (服务对象). */
public enum Audience {

	/** 自然人. */
	NATURAL_PERSON("自然人"),
	/** 法人 (and other organisations). */
	LEGAL_PERSON("法人");

	private final String label;

	Audience(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

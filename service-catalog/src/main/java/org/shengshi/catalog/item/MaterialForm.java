package org.shengshi.catalog.item;

/** In what form a material is handed in (材料形式). */
public enum MaterialForm {

	/** 原件. */
	ORIGINAL("原件"),
	/** 复印件. */
	COPY("复印件"),
	/** 电子材料 (upload or e-certificate). */
	ELECTRONIC("电子材料");

	private final String label;

	MaterialForm(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

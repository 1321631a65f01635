package org.shengshi.cases.material;

/** The forms a guide accepts a material in (原件, 复印件, 电子件). */
public enum MaterialForm {

	ORIGINAL("原件"),

	COPY("复印件"),

	ELECTRONIC("电子件");

	private final String label;

	MaterialForm(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

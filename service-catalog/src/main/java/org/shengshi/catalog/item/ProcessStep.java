package org.shengshi.catalog.item;

/** One step of the handling process (办理流程), in list order, e.g. 受理 — 窗口核验材料. */
public record ProcessStep(String name, String description) {

	public static ProcessStep of(String name) {
		return new ProcessStep(name, null);
	}

}

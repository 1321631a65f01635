package org.shengshi.cases.lifecycle;

import java.util.List;

/**
 * What an action carries besides who does it: the opinion or reason, the materials to
 * supply, the special procedure, the instant-rule check. Only what the action needs is
 * checked.
 *
 * @param reason officer's opinion or reason; required to refuse acceptance and to deny
 * @param materialCodes codes of the materials to supply (补齐补正)
 * @param procedure the special procedure for a suspension
 * @param instant the instant-rule check for completing at once
 */
public record ActionInput(String reason, List<String> materialCodes, SpecialProcedure procedure,
		InstantEligibility instant) {

	public ActionInput {
		materialCodes = (materialCodes != null) ? List.copyOf(materialCodes) : List.of();
	}

	public static ActionInput none() {
		return new ActionInput(null, null, null, null);
	}

	public static ActionInput opinion(String text) {
		return new ActionInput(text, null, null, null);
	}

	public static ActionInput supplement(List<String> materialCodes, String note) {
		return new ActionInput(note, materialCodes, null, null);
	}

	public static ActionInput suspend(SpecialProcedure procedure, String note) {
		return new ActionInput(note, null, procedure, null);
	}

	public static ActionInput instant(InstantEligibility eligibility) {
		return new ActionInput(null, null, null, eligibility);
	}

}

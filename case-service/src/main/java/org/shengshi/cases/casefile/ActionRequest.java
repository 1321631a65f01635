package org.shengshi.cases.casefile;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.SpecialProcedure;

/**
 * An action on a case by an officer of its department or by its applicant.
 *
 * @param action e.g. ACCEPT, REQUEST_SUPPLEMENT, WITHDRAW
 * @param version the case version the caller saw; another version is a 409
 * {@code CASE_CONCURRENT_UPDATE}
 * @param opinion opinion or reason (required to refuse acceptance or to deny)
 * @param materialCodes materials to supply (only codes of the item version)
 * @param procedure the special procedure of a suspension
 */
record ActionRequest(@NotNull CaseAction action, @NotNull @Min(0) Integer version, @Size(max = 500) String opinion,
		@Size(max = 50) List<@NotNull @Size(max = 64) String> materialCodes, SpecialProcedure procedure) {

	ActionInput input() {
		return new ActionInput(this.opinion, this.materialCodes, this.procedure, null);
	}

}

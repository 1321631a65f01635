package org.shengshi.cases.problem;

import java.util.List;

/** The application form does not satisfy the item's form schema; lists every field. */
public class CaseFormException extends CaseRuleException {

	private final List<FormFieldProblem> fields;

	public CaseFormException(List<FormFieldProblem> fields) {
		super(CaseErrorCode.CASE_FORM_INVALID, fields.size() + " form field(s) are invalid");
		this.fields = List.copyOf(fields);
	}

	public List<FormFieldProblem> fields() {
		return this.fields;
	}

}

package org.shengshi.cases.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shengshi.cases.catalog.ItemSnapshot;
import org.shengshi.cases.catalog.ItemSnapshot.FormField;
import org.shengshi.cases.problem.CaseFormException;
import org.shengshi.cases.problem.FormFieldProblem;

/**
 * Checks form values against the item's form fields: no unknown field, no value over its
 * length; on submission every required field has a non-blank value.
 */
final class FormValidator {

	static final int DEFAULT_MAX_LENGTH = 500;

	static final int MAX_FIELDS = 200;

	private FormValidator() {
	}

	static void check(ItemSnapshot item, Map<String, String> values, boolean submission) {
		List<FormFieldProblem> problems = new ArrayList<>();
		Set<String> known = new HashSet<>();
		for (FormField field : item.formFields()) {
			known.add(field.name());
			String value = values.get(field.name());
			int max = (field.maxLength() > 0) ? field.maxLength() : DEFAULT_MAX_LENGTH;
			if (submission && field.required() && (value == null || value.isBlank())) {
				problems.add(new FormFieldProblem(field.name(), "REQUIRED", "「" + field.label() + "」为必填项"));
			}
			else if (value != null && value.length() > max) {
				problems.add(new FormFieldProblem(field.name(), "TOO_LONG", "最多 " + max + " 个字符"));
			}
		}
		values.keySet()
			.stream()
			.filter((name) -> !known.contains(name))
			.sorted()
			.limit(MAX_FIELDS)
			.forEach((name) -> problems.add(new FormFieldProblem(name, "UNKNOWN_FIELD", "该事项的申请表没有此字段")));
		if (!problems.isEmpty()) {
			throw new CaseFormException(problems);
		}
	}

}

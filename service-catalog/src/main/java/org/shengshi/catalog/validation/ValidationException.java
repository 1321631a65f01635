package org.shengshi.catalog.validation;

import java.util.List;

/**
 * Thrown when an object fails validation and the caller cannot go on; carries every field
 * error so the API layer can answer one 400/422 problem+json listing all of them.
 */
public class ValidationException extends RuntimeException {

	private final String code;

	private final transient List<FieldError> errors;

	public ValidationException(String code, List<FieldError> errors) {
		super(code + ": " + summary(errors));
		this.code = code;
		this.errors = List.copyOf(errors);
	}

	public String code() {
		return this.code;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	private static String summary(List<FieldError> errors) {
		int shown = Math.min(errors.size(), 5);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < shown; i++) {
			text.append(i == 0 ? "" : "; ").append(errors.get(i));
		}
		if (errors.size() > shown) {
			text.append("; … ").append(errors.size() - shown).append(" more");
		}
		return text.toString();
	}

}

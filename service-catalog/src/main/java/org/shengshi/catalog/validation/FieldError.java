package org.shengshi.catalog.validation;

import java.util.Objects;

/**
 * One validation failure on one field.
 *
 * @param field path of the field, e.g. {@code materials[2].count} or
 * {@code form.fields[0].pattern}
 * @param code stable machine code in UPPER_SNAKE, e.g. {@code ITEM_CODE_INVALID}
 * @param message human message in Chinese (the API layer may translate by code)
 */
public record FieldError(String field, String code, String message) {

	public FieldError {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	/** The same error with its field path placed under {@code prefix}. */
	public FieldError under(String prefix) {
		if (prefix == null || prefix.isEmpty()) {
			return this;
		}
		return new FieldError(this.field.isEmpty() ? prefix : prefix + "." + this.field, this.code, this.message);
	}

	@Override
	public String toString() {
		return this.field + ": " + this.code + " (" + this.message + ")";
	}

}

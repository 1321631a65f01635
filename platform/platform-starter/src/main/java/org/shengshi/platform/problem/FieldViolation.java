package org.shengshi.platform.problem;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a validation problem's {@code errors}: the field (or parameter) that is
 * wrong, a stable code derived from the constraint (for example {@code NOT_BLANK}) and a
 * human message.
 *
 * @param field the field path or parameter name
 * @param code the constraint code in UPPER_SNAKE
 * @param message a human-readable message
 */
public record FieldViolation(String field, String code, String message) {

	/**
	 * Turns a constraint name such as {@code NotBlank} or {@code typeMismatch} into
	 * {@code NOT_BLANK} or {@code TYPE_MISMATCH}.
	 */
	static String codeOf(@Nullable String constraint) {
		if (constraint == null || constraint.isBlank()) {
			return "INVALID";
		}
		String snake = constraint.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
		return snake.toUpperCase(Locale.ROOT);
	}

}

package org.shengshi.catalog.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A small mutable collector of {@link FieldError}s used while validating one object. Not
 * thread-safe; create one per validation.
 */
public final class Violations {

	private final List<FieldError> errors = new ArrayList<>();

	public Violations add(String field, String code, String message) {
		this.errors.add(new FieldError(field, code, message));
		return this;
	}

	/** Adds {@code errors}, each placed under {@code prefix}. */
	public Violations addAll(String prefix, Collection<FieldError> errors) {
		for (FieldError error : errors) {
			this.errors.add(error.under(prefix));
		}
		return this;
	}

	/** Adds an error when {@code condition} is false; returns the condition. */
	public boolean check(boolean condition, String field, String code, String message) {
		if (!condition) {
			add(field, code, message);
		}
		return condition;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public List<FieldError> toList() {
		return List.copyOf(this.errors);
	}

}

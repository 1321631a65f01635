package org.shengshi.catalog.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An item's form: its fields in display order. */
public record FormSchema(List<FormField> fields) {

	/**
	 * A form without fields (e.g. an instant item that needs only the applicant's
	 * identity).
	 */
	public static final FormSchema EMPTY = new FormSchema(List.of());

	/**
	 * Fields may contain {@code null}s as decoded; {@link FormSchemaValidator} reports
	 * them.
	 */
	public FormSchema {
		fields = (fields != null) ? Collections.unmodifiableList(new ArrayList<>(fields)) : List.of();
	}

	public static FormSchema of(FormField... fields) {
		return new FormSchema(List.of(fields));
	}

	public Optional<FormField> field(String key) {
		return this.fields.stream()
			.filter(Objects::nonNull)
			.filter((field) -> field.key() != null && field.key().equals(key))
			.findFirst();
	}

	/** Keys of the fields that declare a prefill source, in order. */
	public List<String> prefilledKeys() {
		return this.fields.stream()
			.filter(Objects::nonNull)
			.filter((field) -> field.prefillSource().isPresent())
			.map(FormField::key)
			.toList();
	}

}

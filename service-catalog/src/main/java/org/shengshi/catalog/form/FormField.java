package org.shengshi.catalog.form;

import java.util.List;
import java.util.Optional;

/**
 * One field of a form schema, as written by a publisher. Values are kept as written (the
 * type as its JSON name, the prefill source as text) so {@link FormSchemaValidator} can
 * report every mistake field by field; read them through the typed accessors only after
 * validation.
 *
 * @param key stable key of the value in a submitted form, camelCase
 * @param label what the resident sees, e.g. 申请人姓名
 * @param type one of {@link FieldType#jsonName()}
 * @param required whether a value must be given
 * @param pattern optional regular expression the whole value must match (string fields)
 * @param minLength optional minimum length in characters (string fields)
 * @param maxLength optional maximum length in characters (string fields)
 * @param enumValues allowed values (enum fields)
 * @param prefill optional prefill source expression, see {@link PrefillSource}
 * @param help optional help text shown under the field
 */
public record FormField(String key, String label, String type, boolean required, String pattern, Integer minLength,
		Integer maxLength, List<String> enumValues, String prefill, String help) {

	public FormField {
		enumValues = (enumValues != null) ? List.copyOf(enumValues) : List.of();
	}

	/** A plain field of the given type with no constraints. */
	public static FormField of(String key, String label, FieldType type, boolean required) {
		return new FormField(key, label, type.jsonName(), required, null, null, null, List.of(), null, null);
	}

	public FormField withPrefill(String source) {
		return new FormField(this.key, this.label, this.type, this.required, this.pattern, this.minLength,
				this.maxLength, this.enumValues, source, this.help);
	}

	public FormField withRequired(boolean required) {
		return new FormField(this.key, this.label, this.type, required, this.pattern, this.minLength, this.maxLength,
				this.enumValues, this.prefill, this.help);
	}

	public FormField withPattern(String pattern) {
		return new FormField(this.key, this.label, this.type, this.required, pattern, this.minLength, this.maxLength,
				this.enumValues, this.prefill, this.help);
	}

	public FormField withLength(Integer minLength, Integer maxLength) {
		return new FormField(this.key, this.label, this.type, this.required, this.pattern, minLength, maxLength,
				this.enumValues, this.prefill, this.help);
	}

	public FormField withEnumValues(List<String> values) {
		return new FormField(this.key, this.label, this.type, this.required, this.pattern, this.minLength,
				this.maxLength, values, this.prefill, this.help);
	}

	/** The type, or empty when {@link #type()} is not a known type name. */
	public Optional<FieldType> fieldType() {
		return FieldType.fromJsonName(this.type);
	}

	/** The prefill source, or empty when none is declared or it does not parse. */
	public Optional<PrefillSource> prefillSource() {
		if (this.prefill == null || this.prefill.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PrefillSource.parse(this.prefill));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}

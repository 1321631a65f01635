package org.shengshi.catalog.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-certificate type as published by e-certificate-service: its type code (upper-case
 * letters, digits and underscores; no dots, so {@code certificate:<typeCode>.<field>}
 * stays unambiguous), its name and its fields.
 */
public record CertificateType(String code, String name, List<Field> fields) {

	/** One field of the certificate; {@code type} uses the form field type names. */
	public record Field(String name, String label, String type) {

		public Field {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(type, "type");
		}

	}

	public CertificateType {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		fields = List.copyOf(fields);
	}

	public Optional<Field> field(String fieldName) {
		return this.fields.stream().filter((field) -> field.name().equals(fieldName)).findFirst();
	}

}

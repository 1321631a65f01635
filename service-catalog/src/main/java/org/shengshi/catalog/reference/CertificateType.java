package org.shengshi.catalog.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-certificate type: the catalog's code for it (upper-case letters, digits and
 * underscores; no dots, so {@code certificate:<typeCode>.<field>} stays unambiguous), its
 * name, its fields and, for the types e-certificate-service issues, that service's GB/T
 * 36904 type code ({@code platformCode}, e.g. {@code 111000000000190198002} for 居住证),
 * which is what other services see in the item-version contract.
 */
public record CertificateType(String code, String name, List<Field> fields, String platformCode) {

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

	public CertificateType(String code, String name, List<Field> fields) {
		this(code, name, fields, null);
	}

	/**
	 * The code other services use for this type: e-certificate-service's type code when
	 * it issues the type, else the catalog's own code.
	 */
	public String exchangeCode() {
		return (this.platformCode != null && !this.platformCode.isBlank()) ? this.platformCode : this.code;
	}

	public Optional<Field> field(String fieldName) {
		return this.fields.stream().filter((field) -> field.name().equals(fieldName)).findFirst();
	}

}

package org.shengshi.catalog.form;

import java.util.Arrays;
import java.util.Optional;

/**
 * Resident profile attributes (from identity-service) a form field may be prefilled from
 * with {@code profile:<name>}.
 */
public enum ProfileAttribute {

	NAME("name", FieldType.STRING), ID_NUMBER("idNumber", FieldType.ID_NUMBER), PHONE("phone", FieldType.PHONE),
	ADDRESS("address", FieldType.STRING), GENDER("gender", FieldType.ENUM), BIRTH_DATE("birthDate", FieldType.DATE),
	ETHNICITY("ethnicity", FieldType.STRING), EMAIL("email", FieldType.STRING);

	private final String attributeName;

	private final FieldType type;

	ProfileAttribute(String attributeName, FieldType type) {
		this.attributeName = attributeName;
		this.type = type;
	}

	/** The name used after {@code profile:}. */
	public String attributeName() {
		return this.attributeName;
	}

	public FieldType type() {
		return this.type;
	}

	public static Optional<ProfileAttribute> fromName(String name) {
		return Arrays.stream(values()).filter((attribute) -> attribute.attributeName.equals(name)).findFirst();
	}

}

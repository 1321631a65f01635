package org.shengshi.catalog.form;

import java.util.Arrays;
import java.util.Optional;

/** The value type of a form field; {@link #jsonName()} is the name used in schemas. */
public enum FieldType {

	STRING("string"), NUMBER("number"), DATE("date"), ENUM("enum"), BOOLEAN("boolean"), ID_NUMBER("idNumber"),
	PHONE("phone");

	private final String jsonName;

	FieldType(String jsonName) {
		this.jsonName = jsonName;
	}

	public String jsonName() {
		return this.jsonName;
	}

	public static Optional<FieldType> fromJsonName(String name) {
		return Arrays.stream(values()).filter((type) -> type.jsonName.equals(name)).findFirst();
	}

	/**
	 * Whether a field of this type can be prefilled from a source value of type
	 * {@code source}: a free-text field takes any textual value, the others only their
	 * own type (an enum field also takes text; the value is checked when the form is
	 * validated).
	 */
	public boolean acceptsPrefillOf(FieldType source) {
		return switch (this) {
			case STRING -> source != NUMBER && source != BOOLEAN;
			case ENUM -> source == ENUM || source == STRING;
			default -> source == this;
		};
	}

}

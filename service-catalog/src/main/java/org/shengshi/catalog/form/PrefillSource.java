package org.shengshi.catalog.form;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a form field's value can come from so the resident need not type it (少填). Written
 * in a schema as {@code profile:<attribute>} or {@code certificate:<typeCode>.<field>}.
 */
public sealed interface PrefillSource {

	/**
	 * Syntactic form; whether the attribute, type and field exist is checked separately.
	 */
	Pattern PROFILE = Pattern.compile("profile:([A-Za-z][A-Za-z0-9]{0,39})");

	/** Syntactic form of a certificate source. */
	Pattern CERTIFICATE = Pattern.compile("certificate:([A-Z][A-Z0-9_]{1,39})\\.([A-Za-z][A-Za-z0-9]{0,39})");

	/** The textual form used in schemas. */
	String expression();

	/** A value from the resident's profile. */
	record Profile(String attribute) implements PrefillSource {

		public Profile {
			Objects.requireNonNull(attribute, "attribute");
		}

		@Override
		public String expression() {
			return "profile:" + this.attribute;
		}

	}

	/** A field of one of the resident's e-certificates of the given type. */
	record Certificate(String typeCode, String field) implements PrefillSource {

		public Certificate {
			Objects.requireNonNull(typeCode, "typeCode");
			Objects.requireNonNull(field, "field");
		}

		@Override
		public String expression() {
			return "certificate:" + this.typeCode + "." + this.field;
		}

	}

	/**
	 * Parses {@code expression}.
	 * @throws IllegalArgumentException when it is neither form
	 */
	static PrefillSource parse(String expression) {
		if (expression != null) {
			Matcher profile = PROFILE.matcher(expression);
			if (profile.matches()) {
				return new Profile(profile.group(1));
			}
			Matcher certificate = CERTIFICATE.matcher(expression);
			if (certificate.matches()) {
				return new Certificate(certificate.group(1), certificate.group(2));
			}
		}
		throw new IllegalArgumentException("not a prefill source: " + expression);
	}

}

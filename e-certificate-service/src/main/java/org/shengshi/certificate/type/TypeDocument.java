package org.shengshi.certificate.type;

import java.util.List;

/**
 * The JSON form of one certificate type file, read as-is before validation.
 */
record TypeDocument(String code, String slug, String name, String nameEn, HolderKind holderKind,
		String definingAuthority, Issuer issuer, Integer validityYears, Boolean onePerHolder, List<Field> fields,
		List<Purpose> purposes) {

	record Issuer(String department, String creditCode, String name) {
	}

	record Field(String name, String label, FieldKind kind, Boolean required, Boolean personal) {
	}

	record Purpose(String code, String label, List<String> fields) {
	}

}

package org.shengshi.certificate.certificates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.FieldDefinition;
import org.shengshi.certificate.type.FieldKind;

/**
 * The fields of the certificate a completed case produces, from the case's form values.
 * Form fields named like the certificate's fields are taken as they are; the applicant
 * fields every form asks ({@code applicantName}, {@code applicantIdNumber},
 * {@code applicantGender}) fill {@code name}, {@code idNumber} and {@code gender}; what
 * the issuing department itself writes on a certificate is filled here — its number (the
 * case number), the issue date and the photo (a reference to the case's photo material).
 * Other form values (reasons, delivery choices) are not certificate content and stay out.
 * A field still missing is carried over from the holder's current certificate of the same
 * type, if any: a replacement (补领) or renewal asks only what changed.
 */
final class CaseCertificateFields {

	private static final Map<String, String> APPLICANT_ALIASES = Map.of("applicantName", "name", "applicantIdNumber",
			"idNumber", "applicantGender", "gender");

	private CaseCertificateFields() {
	}

	static Map<String, String> of(CertificateType type, Map<String, String> form, String caseId, String caseNumber,
			LocalDate today) {
		return of(type, form, caseId, caseNumber, today, Map.of());
	}

	static Map<String, String> of(CertificateType type, Map<String, String> form, String caseId, String caseNumber,
			LocalDate today, Map<String, String> current) {
		Map<String, String> fields = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (!APPLICANT_ALIASES.containsKey(name) && type.field(name).isPresent() && present(value)) {
				fields.put(name, value);
			}
		});
		APPLICANT_ALIASES.forEach((alias, name) -> {
			if (type.field(name).isPresent() && present(form.get(alias))) {
				fields.putIfAbsent(name, form.get(alias));
			}
		});
		for (FieldDefinition field : type.fields()) {
			if (!fields.containsKey(field.name())) {
				String written = writtenByIssuer(field, caseId, caseNumber, today);
				if (written != null) {
					fields.put(field.name(), written);
				}
				else if (present(current.get(field.name()))) {
					fields.put(field.name(), current.get(field.name()));
				}
			}
		}
		return fields;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String writtenByIssuer(FieldDefinition field, String caseId, String caseNumber, LocalDate today) {
		if (field.kind() == FieldKind.PHOTO_REF) {
			return "case:" + caseId + ":PHOTO";
		}
		if (field.kind() == FieldKind.DATE && field.name().startsWith("issued")) {
			return today.toString();
		}
		if (field.kind() == FieldKind.TEXT && !field.personal() && field.name().endsWith("Number")) {
			return (caseNumber != null) ? caseNumber : caseId;
		}
		return null;
	}

}

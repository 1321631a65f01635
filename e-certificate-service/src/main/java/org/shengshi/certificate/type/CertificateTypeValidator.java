package org.shengshi.certificate.type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shengshi.certificate.identifier.CertificateTypeCode;
import org.shengshi.certificate.identifier.UnifiedSocialCreditCode;

/**
 * The rules a certificate type file must follow; collects every problem, prefixed with
 * the file it came from.
 */
final class CertificateTypeValidator {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern DEPARTMENT = Pattern.compile("[0-9]{6}-[A-Z]{2,8}");

	private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	private static final Pattern PURPOSE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final String source;

	private final List<String> problems = new ArrayList<>();

	private CertificateTypeValidator(String source) {
		this.source = source;
	}

	/**
	 * Problems in one type document; empty when it is valid.
	 */
	static List<String> problems(String source, TypeDocument document) {
		CertificateTypeValidator validator = new CertificateTypeValidator(source);
		validator.checkHeader(document);
		Set<String> fieldNames = validator.checkFields(document.fields());
		validator.checkPurposes(document.purposes(), fieldNames);
		return validator.problems;
	}

	private void checkHeader(TypeDocument document) {
		CertificateTypeCode.problem(document.code()).ifPresent((problem) -> report("code: " + problem));
		require(document.slug() != null && SLUG.matcher(document.slug()).matches(),
				"slug is lower-case words joined by '-'");
		require(notBlank(document.name()), "name is required");
		require(notBlank(document.nameEn()), "nameEn is required");
		require(document.holderKind() != null, "holderKind is PERSON or ORGANIZATION");
		require(notBlank(document.definingAuthority()), "definingAuthority is required");
		require(document.validityYears() == null || (document.validityYears() >= 1 && document.validityYears() <= 100),
				"validityYears is between 1 and 100, or absent for no end date");
		TypeDocument.Issuer issuer = document.issuer();
		if (issuer == null) {
			report("issuer is required");
			return;
		}
		require(issuer.department() != null && DEPARTMENT.matcher(issuer.department()).matches(),
				"issuer.department looks like 440100-GA");
		UnifiedSocialCreditCode.problem(issuer.creditCode())
			.ifPresent((problem) -> report("issuer.creditCode: " + problem));
		require(notBlank(issuer.name()), "issuer.name is required");
	}

	private Set<String> checkFields(List<TypeDocument.Field> fields) {
		Set<String> names = new HashSet<>();
		if (fields == null || fields.isEmpty()) {
			report("fields: at least one field");
			return names;
		}
		for (TypeDocument.Field field : fields) {
			String name = (field != null) ? field.name() : null;
			if (name == null || !FIELD_NAME.matcher(name).matches()) {
				report("field name '" + name + "' is lower camel case");
				continue;
			}
			require(names.add(name), "field " + name + " is declared twice");
			require(notBlank(field.label()), "field " + name + " needs a label");
			require(field.kind() != null, "field " + name + " needs a kind");
			require(field.required() != null, "field " + name + " says whether it is required");
			require(field.personal() != null, "field " + name + " says whether it is personal data");
		}
		return names;
	}

	private void checkPurposes(List<TypeDocument.Purpose> purposes, Set<String> fieldNames) {
		if (purposes == null || purposes.isEmpty()) {
			report("purposes: at least one verifier purpose");
			return;
		}
		Set<String> codes = new HashSet<>();
		for (TypeDocument.Purpose purpose : purposes) {
			String code = (purpose != null) ? purpose.code() : null;
			if (code == null || !PURPOSE_CODE.matcher(code).matches()) {
				report("purpose code '" + code + "' is UPPER_SNAKE_CASE");
				continue;
			}
			require(codes.add(code), "purpose " + code + " is declared twice");
			require(notBlank(purpose.label()), "purpose " + code + " needs a label");
			if (purpose.fields() == null || purpose.fields().isEmpty()) {
				report("purpose " + code + " discloses at least one field");
				continue;
			}
			Set<String> seen = new HashSet<>();
			for (String field : purpose.fields()) {
				require(fieldNames.contains(field), "purpose " + code + " names undeclared field '" + field + "'");
				require(seen.add(field), "purpose " + code + " names field '" + field + "' twice");
			}
		}
	}

	private void require(boolean condition, String problem) {
		if (!condition) {
			report(problem);
		}
	}

	private void report(String problem) {
		this.problems.add(this.source + ": " + problem);
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

}

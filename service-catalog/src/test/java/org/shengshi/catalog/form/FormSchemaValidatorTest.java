package org.shengshi.catalog.form;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FormSchemaValidatorTest {

	private final FormSchemaValidator validator = new FormSchemaValidator(CatalogFixtures.CERTIFICATE_TYPES);

	@Test
	void acceptsFieldsOfEveryTypeWithValidPrefillSources() {
		FormSchema schema = FormSchema.of(
				FormField.of("applicantName", "姓名", FieldType.STRING, true)
					.withPrefill("profile:name")
					.withLength(2, 50),
				FormField.of("applicantIdNumber", "身份证号", FieldType.ID_NUMBER, true).withPrefill("profile:idNumber"),
				FormField.of("phone", "电话", FieldType.PHONE, true).withPrefill("profile:phone"),
				FormField.of("birthDate", "出生日期", FieldType.DATE, false).withPrefill("profile:birthDate"),
				FormField.of("gender", "性别", FieldType.ENUM, true)
					.withEnumValues(List.of("男", "女"))
					.withPrefill("profile:gender"),
				FormField.of("permitAddress", "居住地址", FieldType.STRING, true)
					.withPrefill("certificate:RESIDENCE_PERMIT.residenceAddress"),
				FormField.of("capital", "注册资本", FieldType.NUMBER, false)
					.withPrefill("certificate:BUSINESS_LICENCE.registeredCapital"),
				FormField.of("agree", "同意", FieldType.BOOLEAN, true),
				FormField.of("postcode", "邮编", FieldType.STRING, false).withPattern("\\d{6}"));
		assertThat(this.validator.validate(schema)).isEmpty();
	}

	@Test
	void acceptsAnEmptyForm() {
		assertThat(this.validator.validate(FormSchema.EMPTY)).isEmpty();
	}

	static Stream<Arguments> brokenSchemas() {
		FormField text = FormField.of("name", "姓名", FieldType.STRING, true);
		return Stream.of(
				arguments("unknown type",
						List.of(new FormField("a", "A", "text", true, null, null, null, null, null, null)),
						"fields[0].type", "FIELD_TYPE_UNKNOWN"),
				arguments("duplicate key", List.of(text, text), "fields[1].key", "FIELD_KEY_DUPLICATE"),
				arguments("key with a dot", List.of(FormField.of("a.b", "A", FieldType.STRING, true)), "fields[0].key",
						"FIELD_KEY_INVALID"),
				arguments("missing label", List.of(FormField.of("a", " ", FieldType.STRING, true)), "fields[0].label",
						"FIELD_LABEL_REQUIRED"),
				arguments("bad regex", List.of(text.withPattern("[0-9")), "fields[0].pattern", "FIELD_PATTERN_INVALID"),
				arguments("pattern on a date",
						List.of(FormField.of("d", "D", FieldType.DATE, true).withPattern("\\d+")), "fields[0].pattern",
						"FIELD_PATTERN_NOT_APPLICABLE"),
				arguments("length on a number",
						List.of(FormField.of("n", "N", FieldType.NUMBER, true).withLength(1, 3)), "fields[0]",
						"FIELD_LENGTH_NOT_APPLICABLE"),
				arguments("min above max", List.of(text.withLength(10, 5)), "fields[0].minLength",
						"FIELD_LENGTH_RANGE_INVALID"),
				arguments("negative min", List.of(text.withLength(-1, 5)), "fields[0].minLength",
						"FIELD_LENGTH_INVALID"),
				arguments("huge max", List.of(text.withLength(null, 5000)), "fields[0].maxLength",
						"FIELD_LENGTH_INVALID"),
				arguments("enum without values", List.of(FormField.of("e", "E", FieldType.ENUM, true)),
						"fields[0].enumValues", "FIELD_ENUM_VALUES_REQUIRED"),
				arguments("enum with duplicate values",
						List.of(FormField.of("e", "E", FieldType.ENUM, true).withEnumValues(List.of("是", "是"))),
						"fields[0].enumValues[1]", "FIELD_ENUM_VALUE_DUPLICATE"),
				arguments("values on a string", List.of(text.withEnumValues(List.of("x"))), "fields[0].enumValues",
						"FIELD_ENUM_NOT_APPLICABLE"),
				arguments("prefill of unknown form", List.of(text.withPrefill("wechat:nickname")), "fields[0].prefill",
						"FIELD_PREFILL_INVALID"),
				arguments("unknown profile attribute", List.of(text.withPrefill("profile:salary")), "fields[0].prefill",
						"FIELD_PREFILL_UNKNOWN_ATTRIBUTE"),
				arguments("unknown certificate type", List.of(text.withPrefill("certificate:FISHING_LICENCE.name")),
						"fields[0].prefill", "FIELD_PREFILL_UNKNOWN_CERTIFICATE_TYPE"),
				arguments("unknown certificate field", List.of(text.withPrefill("certificate:RESIDENT_EID.salary")),
						"fields[0].prefill", "FIELD_PREFILL_UNKNOWN_CERTIFICATE_FIELD"),
				arguments("date field from a text attribute",
						List.of(FormField.of("d", "D", FieldType.DATE, true).withPrefill("profile:address")),
						"fields[0].prefill", "FIELD_PREFILL_TYPE_MISMATCH"),
				arguments("phone field from an id number",
						List.of(FormField.of("p", "P", FieldType.PHONE, true)
							.withPrefill("certificate:RESIDENT_EID.idNumber")),
						"fields[0].prefill", "FIELD_PREFILL_TYPE_MISMATCH"),
				arguments("null field", Arrays.asList((FormField) null), "fields[0]", "FIELD_REQUIRED"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenSchemas")
	void reportsEachSchemaMistakeOnItsField(String description, List<FormField> fields, String path, String code) {
		List<FieldError> errors = this.validator.validate(new FormSchema(fields));
		assertThat(errors).extracting((error) -> error.field() + " " + error.code()).contains(path + " " + code);
	}

	@Test
	void refusesMoreThanAHundredFields() {
		List<FormField> fields = java.util.stream.IntStream.range(0, 101)
			.mapToObj((i) -> FormField.of("f" + i, "字段" + i, FieldType.STRING, false))
			.toList();
		assertThat(this.validator.validate(new FormSchema(fields))).extracting(FieldError::code)
			.containsExactly("FORM_TOO_MANY_FIELDS");
	}

	@Test
	void parsesBothPrefillForms() {
		assertThat(PrefillSource.parse("profile:idNumber")).isEqualTo(new PrefillSource.Profile("idNumber"));
		assertThat(PrefillSource.parse("certificate:MARRIAGE_CERT.spouseName"))
			.isEqualTo(new PrefillSource.Certificate("MARRIAGE_CERT", "spouseName"));
		assertThat(PrefillSource.parse("certificate:MARRIAGE_CERT.spouseName").expression())
			.isEqualTo("certificate:MARRIAGE_CERT.spouseName");
		assertThat(FormSchema
			.of(FormField.of("a", "A", FieldType.STRING, true).withPrefill("profile:name"),
					FormField.of("b", "B", FieldType.STRING, true))
			.prefilledKeys()).containsExactly("a");
	}

}

package org.shengshi.catalog.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shengshi.catalog.CatalogFixtures;
import org.shengshi.catalog.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class FormValidatorTest {

	private static final FormSchema SCHEMA = FormSchema.of(
			FormField.of("name", "姓名", FieldType.STRING, true).withLength(2, 10),
			FormField.of("idNumber", "身份证号", FieldType.ID_NUMBER, true),
			FormField.of("phone", "电话", FieldType.PHONE, true),
			FormField.of("birthDate", "出生日期", FieldType.DATE, false),
			FormField.of("gender", "性别", FieldType.ENUM, false).withEnumValues(List.of("男", "女")),
			FormField.of("agree", "同意", FieldType.BOOLEAN, false), FormField.of("area", "面积", FieldType.NUMBER, false),
			FormField.of("postcode", "邮编", FieldType.STRING, false).withPattern("\\d{6}"));

	private final FormValidator validator = new FormValidator(
			Clock.fixed(Instant.parse("2025-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

	private static Map<String, Object> valid() {
		Map<String, Object> values = new HashMap<>();
		values.put("name", "张三");
		values.put("idNumber", CatalogFixtures.ID_NUMBER);
		values.put("phone", "13800138000");
		values.put("birthDate", "1990-03-07");
		values.put("gender", "男");
		values.put("agree", true);
		values.put("area", 89.5);
		values.put("postcode", "510620");
		return values;
	}

	@Test
	void acceptsAValidSubmission() {
		assertThat(this.validator.validate(SCHEMA, valid())).isEmpty();
	}

	@Test
	void acceptsAnOptionalFieldLeftOut() {
		Map<String, Object> values = valid();
		values.remove("postcode");
		values.put("gender", "");
		assertThat(this.validator.validate(SCHEMA, values)).isEmpty();
	}

	@ParameterizedTest(name = "{0} = {1} → {2}")
	@CsvSource(delimiter = '|', value = { "name|张|FORM_FIELD_TOO_SHORT", "name|张三李四王五赵六孙七周|FORM_FIELD_TOO_LONG",
			"name|' '|FORM_FIELD_REQUIRED", "idNumber|440106199003071232|FORM_FIELD_ID_NUMBER_INVALID",
			"idNumber|440106209003071231|FORM_FIELD_ID_NUMBER_INVALID",
			"idNumber|44010619900230123X|FORM_FIELD_ID_NUMBER_INVALID", "phone|12800138000|FORM_FIELD_PHONE_INVALID",
			"phone|1380013800|FORM_FIELD_PHONE_INVALID", "birthDate|1990-02-30|FORM_FIELD_DATE_INVALID",
			"birthDate|1990/03/07|FORM_FIELD_DATE_INVALID", "gender|未知|FORM_FIELD_ENUM_INVALID",
			"postcode|51062|FORM_FIELD_PATTERN_MISMATCH", "postcode|510620x|FORM_FIELD_PATTERN_MISMATCH" })
	void reportsTheFieldOfEachBadValue(String key, String value, String code) {
		Map<String, Object> values = valid();
		values.put(key, value);
		assertThat(this.validator.validate(SCHEMA, values)).extracting((e) -> e.field() + " " + e.code())
			.containsExactly(key + " " + code);
	}

	@Test
	void reportsMissingRequiredValuesAndUnknownKeys() {
		Map<String, Object> values = valid();
		values.remove("idNumber");
		values.put("salary", "10000");
		assertThat(this.validator.validate(SCHEMA, values)).extracting((e) -> e.field() + " " + e.code())
			.containsExactlyInAnyOrder("idNumber FORM_FIELD_REQUIRED", "salary FORM_FIELD_UNKNOWN");
	}

	@Test
	void checksValueTypes() {
		Map<String, Object> values = valid();
		values.put("name", 42);
		values.put("agree", "true");
		values.put("area", "89.5");
		values.put("gender", 1);
		assertThat(this.validator.validate(SCHEMA, values)).extracting((e) -> e.field() + " " + e.code())
			.containsExactlyInAnyOrder("name FORM_FIELD_TYPE_MISMATCH", "agree FORM_FIELD_TYPE_MISMATCH",
					"area FORM_FIELD_TYPE_MISMATCH", "gender FORM_FIELD_ENUM_INVALID");
	}

	@Test
	void acceptsIntegralAndDecimalNumbersButNotNaN() {
		Map<String, Object> values = valid();
		values.put("area", 90);
		assertThat(this.validator.validate(SCHEMA, values)).isEmpty();
		values.put("area", new BigDecimal("90.25"));
		assertThat(this.validator.validate(SCHEMA, values)).isEmpty();
		values.put("area", Double.NaN);
		assertThat(this.validator.validate(SCHEMA, values)).extracting(FieldError::code)
			.containsExactly("FORM_FIELD_TYPE_MISMATCH");
	}

	@Test
	void acceptsLandlineNumbers() {
		Map<String, Object> values = valid();
		values.put("phone", "020-12345678");
		assertThat(this.validator.validate(SCHEMA, values)).isEmpty();
	}

	@Test
	void neverRepeatsTheSubmittedValueInMessages() {
		Map<String, Object> values = valid();
		values.put("idNumber", "440106199003071232");
		values.put("phone", "12800138000");
		assertThat(this.validator.validate(SCHEMA, values)).extracting(FieldError::message)
			.noneMatch((message) -> message.contains("440106199003071232") || message.contains("12800138000"));
	}

	@Test
	void treatsANullMapAsEmpty() {
		assertThat(this.validator.validate(SCHEMA, null)).extracting(FieldError::code)
			.containsOnly("FORM_FIELD_REQUIRED")
			.hasSize(3);
	}

}

package org.shengshi.catalog.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.Violations;

/**
 * Checks a submitted form (field key → value, as decoded from JSON) against a published,
 * valid {@link FormSchema}: no unknown keys, required values present, each value of the
 * field's type and within its constraints. Messages never repeat the submitted value,
 * which may be personal data. Thread-safe.
 */
public final class FormValidator {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

	private static final int PATTERN_CACHE_LIMIT = 2048;

	private final Clock clock;

	private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

	public FormValidator(Clock clock) {
		this.clock = clock;
	}

	/** A validator using the Asia/Shanghai calendar day. */
	public static FormValidator forChina() {
		return new FormValidator(Clock.system(ZoneId.of("Asia/Shanghai")));
	}

	/** Every problem with {@code values}; empty when the form can be accepted. */
	public List<FieldError> validate(FormSchema schema, Map<String, ?> values) {
		Violations violations = new Violations();
		Map<String, ?> submitted = (values != null) ? values : Map.of();
		for (String key : submitted.keySet()) {
			violations.check(schema.field(key).isPresent(), String.valueOf(key), "FORM_FIELD_UNKNOWN", "表单中没有该字段");
		}
		for (FormField field : schema.fields()) {
			Object value = submitted.get(field.key());
			if (isMissing(value)) {
				violations.check(!field.required(), field.key(), "FORM_FIELD_REQUIRED", field.label() + "为必填项");
				continue;
			}
			checkValue(field, value, violations);
		}
		return violations.toList();
	}

	private static boolean isMissing(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	private void checkValue(FormField field, Object value, Violations violations) {
		Optional<FieldType> type = field.fieldType();
		if (type.isEmpty()) {
			throw new IllegalStateException("schema not validated: field " + field.key() + " has unknown type");
		}
		String key = field.key();
		switch (type.get()) {
			case STRING -> checkString(field, value, violations);
			case NUMBER -> violations.check(isFiniteNumber(value), key, "FORM_FIELD_TYPE_MISMATCH", "须填写数字");
			case BOOLEAN -> violations.check(value instanceof Boolean, key, "FORM_FIELD_TYPE_MISMATCH", "须为是或否");
			case DATE -> violations.check(isIsoDate(value), key, "FORM_FIELD_DATE_INVALID", "日期须为 yyyy-MM-dd 格式的有效日期");
			case ENUM -> violations.check(value instanceof String text && field.enumValues().contains(text), key,
					"FORM_FIELD_ENUM_INVALID", "请从可选值中选择");
			case ID_NUMBER -> violations.check(
					value instanceof String text && ChineseIdNumber.isValid(text, LocalDate.now(this.clock)), key,
					"FORM_FIELD_ID_NUMBER_INVALID", "身份证号码格式或校验位不正确");
			case PHONE -> violations.check(value instanceof String text && isPhone(text), key,
					"FORM_FIELD_PHONE_INVALID", "电话号码格式不正确");
		}
	}

	private void checkString(FormField field, Object value, Violations violations) {
		String key = field.key();
		if (!violations.check(value instanceof String, key, "FORM_FIELD_TYPE_MISMATCH", "须填写文字")) {
			return;
		}
		String text = (String) value;
		int length = text.codePointCount(0, text.length());
		int max = (field.maxLength() != null) ? field.maxLength() : FormSchemaValidator.MAX_STRING_LENGTH;
		if (!violations.check(length <= max, key, "FORM_FIELD_TOO_LONG", "不能超过" + max + "个字")) {
			return;
		}
		if (field.minLength() != null) {
			violations.check(length >= field.minLength(), key, "FORM_FIELD_TOO_SHORT", "至少" + field.minLength() + "个字");
		}
		if (field.pattern() != null) {
			violations.check(compiled(field.pattern()).matcher(text).matches(), key, "FORM_FIELD_PATTERN_MISMATCH",
					field.label() + "格式不正确");
		}
	}

	private Pattern compiled(String regex) {
		Pattern cached = this.patterns.get(regex);
		if (cached != null) {
			return cached;
		}
		if (this.patterns.size() >= PATTERN_CACHE_LIMIT) {
			this.patterns.clear();
		}
		return this.patterns.computeIfAbsent(regex, Pattern::compile);
	}

	private static boolean isFiniteNumber(Object value) {
		if (value instanceof Double number) {
			return Double.isFinite(number);
		}
		if (value instanceof Float number) {
			return Float.isFinite(number);
		}
		return value instanceof Integer || value instanceof Long || value instanceof Short
				|| value instanceof BigDecimal || value instanceof java.math.BigInteger;
	}

	private static boolean isIsoDate(Object value) {
		if (!(value instanceof String text) || text.length() != 10) {
			return false;
		}
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean isPhone(String text) {
		return MOBILE.matcher(text).matches() || LANDLINE.matcher(text).matches();
	}

}

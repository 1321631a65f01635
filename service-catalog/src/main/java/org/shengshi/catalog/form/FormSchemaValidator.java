package org.shengshi.catalog.form;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.shengshi.catalog.reference.CertificateType;
import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.Violations;

/**
 * Checks a form schema before it is published: known types, unique well-formed keys,
 * constraints that fit the type, compilable patterns, and prefill sources that name a
 * real profile attribute or certificate field of a compatible type. Thread-safe.
 */
public final class FormSchemaValidator {

	/** Most fields a form may have. */
	public static final int MAX_FIELDS = 100;

	/** Longest string value any field may declare (and {@link FormValidator} accepts). */
	public static final int MAX_STRING_LENGTH = 2000;

	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	private static final int MAX_PATTERN_LENGTH = 500;

	private final CertificateTypeDirectory certificateTypes;

	public FormSchemaValidator(CertificateTypeDirectory certificateTypes) {
		this.certificateTypes = certificateTypes;
	}

	/** Every problem in {@code schema}; empty when it can be published. */
	public List<FieldError> validate(FormSchema schema) {
		Violations violations = new Violations();
		if (schema == null) {
			return violations.add("", "FORM_REQUIRED", "缺少表单定义").toList();
		}
		violations.check(schema.fields().size() <= MAX_FIELDS, "fields", "FORM_TOO_MANY_FIELDS",
				"表单字段不能超过" + MAX_FIELDS + "个");
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < schema.fields().size(); i++) {
			String path = "fields[" + i + "]";
			FormField field = schema.fields().get(i);
			if (field == null) {
				violations.add(path, "FIELD_REQUIRED", "字段定义为空");
				continue;
			}
			validateField(field, path, keys, violations);
		}
		return violations.toList();
	}

	private void validateField(FormField field, String path, Set<String> keys, Violations violations) {
		if (violations.check(field.key() != null && KEY.matcher(field.key()).matches(), path + ".key",
				"FIELD_KEY_INVALID", "字段键须以小写字母开头，仅含字母和数字，最长64位")) {
			violations.check(keys.add(field.key()), path + ".key", "FIELD_KEY_DUPLICATE", "字段键重复");
		}
		violations.check(field.label() != null && !field.label().isBlank() && field.label().length() <= 100,
				path + ".label", "FIELD_LABEL_REQUIRED", "字段须有名称（不超过100字）");
		Optional<FieldType> type = field.fieldType();
		if (!violations.check(type.isPresent(), path + ".type", "FIELD_TYPE_UNKNOWN", "未知的字段类型")) {
			return;
		}
		validateTextConstraints(field, type.get(), path, violations);
		validateEnum(field, type.get(), path, violations);
		validatePrefill(field, type.get(), path, violations);
	}

	private void validateTextConstraints(FormField field, FieldType type, String path, Violations violations) {
		boolean text = type == FieldType.STRING;
		if (field.pattern() != null) {
			if (violations.check(text, path + ".pattern", "FIELD_PATTERN_NOT_APPLICABLE", "只有文本字段可以设置格式")) {
				validatePattern(field.pattern(), path + ".pattern", violations);
			}
		}
		if (field.minLength() == null && field.maxLength() == null) {
			return;
		}
		if (!violations.check(text, path, "FIELD_LENGTH_NOT_APPLICABLE", "只有文本字段可以设置长度")) {
			return;
		}
		int min = (field.minLength() != null) ? field.minLength() : 0;
		int max = (field.maxLength() != null) ? field.maxLength() : MAX_STRING_LENGTH;
		violations.check(min >= 0, path + ".minLength", "FIELD_LENGTH_INVALID", "最小长度不能为负数");
		violations.check(max >= 1 && max <= MAX_STRING_LENGTH, path + ".maxLength", "FIELD_LENGTH_INVALID",
				"最大长度须在1到" + MAX_STRING_LENGTH + "之间");
		violations.check(min <= max, path + ".minLength", "FIELD_LENGTH_RANGE_INVALID", "最小长度不能大于最大长度");
	}

	private static void validatePattern(String pattern, String path, Violations violations) {
		if (!violations.check(!pattern.isEmpty() && pattern.length() <= MAX_PATTERN_LENGTH, path,
				"FIELD_PATTERN_INVALID", "格式表达式为空或过长")) {
			return;
		}
		try {
			Pattern.compile(pattern);
		}
		catch (PatternSyntaxException ex) {
			violations.add(path, "FIELD_PATTERN_INVALID", "格式表达式不是合法的正则表达式");
		}
	}

	private static void validateEnum(FormField field, FieldType type, String path, Violations violations) {
		List<String> values = field.enumValues();
		if (type != FieldType.ENUM) {
			violations.check(values.isEmpty(), path + ".enumValues", "FIELD_ENUM_NOT_APPLICABLE", "只有枚举字段可以设置可选值");
			return;
		}
		if (!violations.check(!values.isEmpty(), path + ".enumValues", "FIELD_ENUM_VALUES_REQUIRED", "枚举字段须列出可选值")) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			String valuePath = path + ".enumValues[" + i + "]";
			if (violations.check(value != null && !value.isBlank(), valuePath, "FIELD_ENUM_VALUE_BLANK", "可选值不能为空")) {
				violations.check(seen.add(value), valuePath, "FIELD_ENUM_VALUE_DUPLICATE", "可选值重复");
			}
		}
	}

	private void validatePrefill(FormField field, FieldType type, String path, Violations violations) {
		if (field.prefill() == null) {
			return;
		}
		String prefillPath = path + ".prefill";
		Optional<PrefillSource> source = field.prefillSource();
		if (!violations.check(source.isPresent(), prefillPath, "FIELD_PREFILL_INVALID",
				"预填来源须写成 profile:<属性> 或 certificate:<证照类型>.<字段>")) {
			return;
		}
		Optional<FieldType> sourceType = (source.get() instanceof PrefillSource.Profile profile)
				? profileType(profile, prefillPath, violations)
				: certificateFieldType((PrefillSource.Certificate) source.get(), prefillPath, violations);
		sourceType.ifPresent((valueType) -> violations.check(type.acceptsPrefillOf(valueType), prefillPath,
				"FIELD_PREFILL_TYPE_MISMATCH", "预填来源的类型与字段类型不符"));
	}

	private static Optional<FieldType> profileType(PrefillSource.Profile profile, String path, Violations violations) {
		Optional<ProfileAttribute> attribute = ProfileAttribute.fromName(profile.attribute());
		violations.check(attribute.isPresent(), path, "FIELD_PREFILL_UNKNOWN_ATTRIBUTE", "个人资料中没有该属性");
		return attribute.map(ProfileAttribute::type);
	}

	private Optional<FieldType> certificateFieldType(PrefillSource.Certificate source, String path,
			Violations violations) {
		Optional<CertificateType> type = this.certificateTypes.find(source.typeCode());
		if (!violations.check(type.isPresent(), path, "FIELD_PREFILL_UNKNOWN_CERTIFICATE_TYPE", "未知的电子证照类型")) {
			return Optional.empty();
		}
		Optional<CertificateType.Field> field = type.get().field(source.field());
		violations.check(field.isPresent(), path, "FIELD_PREFILL_UNKNOWN_CERTIFICATE_FIELD", "该电子证照没有此字段");
		return field.flatMap((certificateField) -> FieldType.fromJsonName(certificateField.type()));
	}

}

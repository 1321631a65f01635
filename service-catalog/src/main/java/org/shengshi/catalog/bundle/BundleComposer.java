package org.shengshi.catalog.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.shengshi.catalog.form.FormField;
import org.shengshi.catalog.form.FormSchema;
import org.shengshi.catalog.form.FormSchemaValidator;
import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.reference.RegionCode;
import org.shengshi.catalog.validation.FieldError;
import org.shengshi.catalog.validation.Violations;

/**
 * Checks a bundle against its items and merges their forms: a field whose key appears in
 * several item forms is asked once and is required when any item requires it; two items
 * that define the same key differently (type, pattern, lengths, choices or prefill) are a
 * conflict the publisher must resolve. Thread-safe.
 */
public final class BundleComposer {

	/** Fewest items a bundle combines. */
	public static final int MIN_ITEMS = 2;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

	private final FormSchemaValidator schemaValidator;

	public BundleComposer(FormSchemaValidator schemaValidator) {
		this.schemaValidator = schemaValidator;
	}

	/** The outcome: the combined form when there are no errors. */
	public record Result(Optional<CombinedForm> form, List<FieldError> errors) {
	}

	/** Composes {@code bundle}, looking its items up by key in {@code items}. */
	public Result compose(Bundle bundle, Function<String, Optional<ServiceItem>> items) {
		Violations violations = new Violations();
		checkHeader(bundle, violations);
		Map<String, ServiceItem> found = resolveItems(bundle, items, violations);
		Map<String, FormField> merged = new LinkedHashMap<>();
		Map<String, List<String>> fieldsByItem = new LinkedHashMap<>();
		Map<String, Integer> askedBy = new LinkedHashMap<>();
		found.forEach((key, item) -> fieldsByItem.put(key, mergeForm(key, item, merged, askedBy, violations)));
		for (FormField extra : bundle.extraFields()) {
			violations.check(merged.putIfAbsent(extra.key(), extra) == null, "extraFields", "BUNDLE_FIELD_CONFLICT",
					"附加字段与事项表单字段重名：" + extra.key());
		}
		FormSchema schema = new FormSchema(List.copyOf(merged.values()));
		violations.addAll("combinedForm", this.schemaValidator.validate(schema));
		if (!violations.isEmpty()) {
			return new Result(Optional.empty(), violations.toList());
		}
		List<String> shared = askedBy.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 1)
			.map(Map.Entry::getKey)
			.toList();
		return new Result(Optional.of(new CombinedForm(schema, fieldsByItem, shared)), List.of());
	}

	private static List<String> mergeForm(String itemKey, ServiceItem item, Map<String, FormField> merged,
			Map<String, Integer> askedBy, Violations violations) {
		List<String> keys = new ArrayList<>();
		for (FormField field : item.form().fields()) {
			keys.add(field.key());
			askedBy.merge(field.key(), 1, Integer::sum);
			merge(merged, field, itemKey, violations);
		}
		return keys;
	}

	private static void checkHeader(Bundle bundle, Violations violations) {
		violations.check(bundle.code() != null && CODE.matcher(bundle.code()).matches(), "code", "BUNDLE_CODE_INVALID",
				"一件事编码须为大写字母、数字或下划线");
		violations.check(bundle.name() != null && !bundle.name().isBlank(), "name", "BUNDLE_NAME_REQUIRED", "缺少名称");
		violations.check(bundle.theme() != null, "theme", "BUNDLE_THEME_REQUIRED", "须指定主题");
		violations.check(RegionCode.isValid(bundle.regionCode()), "regionCode", "REGION_CODE_INVALID", "区划代码不正确");
		violations.check(bundle.itemKeys().size() >= MIN_ITEMS, "itemKeys", "BUNDLE_TOO_FEW_ITEMS",
				"一件事至少包含" + MIN_ITEMS + "个事项");
	}

	private static Map<String, ServiceItem> resolveItems(Bundle bundle, Function<String, Optional<ServiceItem>> items,
			Violations violations) {
		Map<String, ServiceItem> found = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < bundle.itemKeys().size(); i++) {
			String key = bundle.itemKeys().get(i);
			String path = "itemKeys[" + i + "]";
			if (!violations.check(seen.add(key), path, "BUNDLE_ITEM_DUPLICATE", "事项重复")) {
				continue;
			}
			Optional<ServiceItem> item = (key != null) ? items.apply(key) : Optional.empty();
			if (violations.check(item.isPresent(), path, "BUNDLE_ITEM_UNKNOWN", "目录中没有该事项：" + key)) {
				found.put(key, item.get());
			}
		}
		return found;
	}

	private static void merge(Map<String, FormField> merged, FormField field, String itemKey, Violations violations) {
		FormField existing = merged.get(field.key());
		if (existing == null) {
			merged.put(field.key(), field);
			return;
		}
		if (!sameDefinition(existing, field)) {
			violations.add("items[" + itemKey + "].form." + field.key(), "BUNDLE_FIELD_CONFLICT",
					"多个事项对同一字段的定义不一致，须统一后才能合并");
			return;
		}
		if (field.required() && !existing.required()) {
			merged.put(field.key(), existing.withRequired(true));
		}
	}

	private static boolean sameDefinition(FormField a, FormField b) {
		return Objects.equals(a.type(), b.type()) && Objects.equals(a.pattern(), b.pattern())
				&& Objects.equals(a.minLength(), b.minLength()) && Objects.equals(a.maxLength(), b.maxLength())
				&& Objects.equals(new LinkedHashSet<>(a.enumValues()), new LinkedHashSet<>(b.enumValues()))
				&& Objects.equals(a.prefill(), b.prefill());
	}

}

package org.shengshi.catalog.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shengshi.catalog.form.FormSchema;

/**
 * The one form of a bundle.
 *
 * @param schema every field once, in first-appearance order; validate submissions with
 * {@link org.shengshi.catalog.form.FormValidator}
 * @param fieldsByItem for each item key, the keys of its own form's fields
 * @param sharedKeys keys that more than one item asks for (asked once here)
 */
public record CombinedForm(FormSchema schema, Map<String, List<String>> fieldsByItem, List<String> sharedKeys) {

	public CombinedForm {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		fieldsByItem.forEach((item, keys) -> copy.put(item, List.copyOf(keys)));
		fieldsByItem = java.util.Collections.unmodifiableMap(copy);
		sharedKeys = List.copyOf(sharedKeys);
	}

	/** The part of a combined submission that belongs to one item's form. */
	public Map<String, Object> valuesFor(String itemKey, Map<String, ?> combinedValues) {
		List<String> keys = this.fieldsByItem.get(itemKey);
		if (keys == null) {
			throw new IllegalArgumentException("item " + itemKey + " is not in this bundle");
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String key : keys) {
			if (combinedValues.containsKey(key)) {
				values.put(key, combinedValues.get(key));
			}
		}
		return values;
	}

}

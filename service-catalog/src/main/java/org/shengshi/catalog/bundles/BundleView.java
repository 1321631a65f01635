package org.shengshi.catalog.bundles;

import java.util.List;
import java.util.Map;

import org.shengshi.catalog.form.FormField;

/**
 * A bundle with the items it files and its combined form.
 *
 * @param items the items, with their public codes and current published versions
 * @param form every field once; {@code fieldsByItem} tells which fields go to which item
 * (by public item code), {@code sharedKeys} which are asked once for several items
 */
record BundleView(String code, String name, String description, String theme, String regionCode, List<BundleItem> items,
		CombinedFormView form) {

	/**
	 * One item of the bundle; {@code currentVersion} is {@code null} and {@code status}
	 * not {@code PUBLISHED} when it cannot be filed now.
	 */
	record BundleItem(String itemCode, String name, String departmentCode, String status, Integer currentVersion) {
	}

	/** The bundle's one form. */
	record CombinedFormView(List<FormField> fields, List<String> sharedKeys, Map<String, List<String>> fieldsByItem) {
	}

}

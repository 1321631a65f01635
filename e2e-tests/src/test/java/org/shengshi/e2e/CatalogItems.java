package org.shengshi.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads published items through the gateway the way the app does, and builds a form a
 * resident could submit for them.
 */
final class CatalogItems {

	private CatalogItems() {
	}

	/**
	 * The published version of the item with that code, as case-service reads it
	 * ({@code /api/v1/catalog/items/{code}/versions/{version}}).
	 */
	static JsonNode currentVersion(Platform platform, String itemCode) {
		HttpResult item = platform.gatewayGet("/api/v1/catalog/items/" + itemCode, null);
		if (item.status() != 200) {
			throw new AssertionError("item " + itemCode + ": " + item);
		}
		JsonNode detail = item.json();
		int version = detail.has("currentVersion") ? detail.path("currentVersion").asInt()
				: detail.path("version").asInt();
		HttpResult published = platform.gatewayGet("/api/v1/catalog/items/" + itemCode + "/versions/" + version, null);
		if (published.status() != 200) {
			throw new AssertionError("item " + itemCode + " version " + version + ": " + published);
		}
		return published.json();
	}

	private static String plausible(JsonNode field) {
		String name = field.path("name").asString().toLowerCase(java.util.Locale.ROOT);
		String type = field.path("type").asString("string");
		if (field.path("enumValues").isArray() && !field.path("enumValues").isEmpty()) {
			return field.path("enumValues").get(0).asString();
		}
		if (type.equals("date") || name.endsWith("date")) {
			return "2025-03-01";
		}
		if (type.equals("phone") || name.endsWith("phone")) {
			return "13800138000";
		}
		if (name.endsWith("idnumber")) {
			return Residents.newIdNumber();
		}
		if (name.contains("address")) {
			return "广州市天河区体育西路1号";
		}
		return name.endsWith("number") ? "4401062025000123" : "测试值";
	}

	/**
	 * Plausible values for every form field of an item version (a resident's typing).
	 */
	static Map<String, String> formFor(JsonNode itemVersion) {
		Map<String, String> values = new LinkedHashMap<>();
		for (JsonNode field : itemVersion.path("formFields")) {
			values.put(field.path("name").asString(), plausible(field));
		}
		return values;
	}

}

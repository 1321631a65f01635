package org.shengshi.catalog.seed;

import java.util.Map;
import java.util.Optional;

import org.shengshi.catalog.item.ItemType;
import org.shengshi.catalog.validation.Violations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expands the compact seed notation into the shape of
 * {@link org.shengshi.catalog.item.ServiceItem}: {@code "@CODE"} and {@code {"ref":
 * "CODE", ...overrides}} take a material or form field from the library;
 * {@code department} / {@code region} become the code fields (the region defaults to the
 * department's); steps may be plain names; windows default to the department's; a missing
 * fee means free.
 */
final class SeedResolver {

	private final JsonMapper mapper;

	private final Map<String, JsonNode> materials;

	private final Map<String, JsonNode> fields;

	SeedResolver(JsonMapper mapper, Map<String, JsonNode> materials, Map<String, JsonNode> fields) {
		this.mapper = mapper;
		this.materials = materials;
		this.fields = fields;
	}

	ObjectNode resolveItem(ObjectNode raw, Department department, String path, Violations violations) {
		ObjectNode item = raw.deepCopy();
		item.remove("popularity");
		resolveIdentity(item, path, violations);
		if (!item.has("visits")) {
			violations.add(path + ".visits", "SEED_FIELD_MISSING", "须写明跑动次数");
		}
		item.put("instant", item.path("instant").asBoolean(false));
		item.put("requiredAssurance", item.path("requiredAssurance").asInt(2));
		if (!item.has("fee")) {
			item.set("fee", this.mapper.createObjectNode().put("amountFen", 0));
		}
		item.set("materials",
				resolveList(item.path("materials"), this.materials, "code", path + ".materials", violations, true));
		ObjectNode form = this.mapper.createObjectNode();
		form.set("fields", resolveList(item.path("form"), this.fields, "key", path + ".form", violations, false));
		item.set("form", form);
		item.set("steps", resolveSteps(item.path("steps"), item.path("instant").asBoolean()));
		if (!item.has("windows") && department != null) {
			item.set("windows", this.mapper.valueToTree(department.windows()));
		}
		return item;
	}

	/** Type code to enum name; department and region to the code fields. */
	private static void resolveIdentity(ObjectNode item, String path, Violations violations) {
		JsonNode type = item.get("type");
		if (type != null && type.isString()) {
			Optional<ItemType> itemType = ItemType.fromCode(type.asString());
			violations.check(itemType.isPresent(), path + ".type", "SEED_ITEM_TYPE_UNKNOWN", "未知的事项类型代码");
			item.put("type", itemType.map(ItemType::name).orElse(null));
		}
		JsonNode departmentCode = item.remove("department");
		item.set("departmentCode", departmentCode);
		JsonNode region = item.remove("region");
		String department = (departmentCode != null) ? departmentCode.asString("") : "";
		String regionCode = (region != null) ? region.asString()
				: (department.length() >= 6 ? department.substring(0, 6) : null);
		item.put("regionCode", regionCode);
	}

	long popularity(ObjectNode raw) {
		return raw.path("popularity").asLong(0);
	}

	private ArrayNode resolveList(JsonNode entries, Map<String, JsonNode> library, String keyName, String path,
			Violations violations, boolean materialDefaults) {
		ArrayNode resolved = this.mapper.createArrayNode();
		for (int i = 0; i < entries.size(); i++) {
			JsonNode entry = entries.get(i);
			ObjectNode value = resolveEntry(entry, library, keyName, path + "[" + i + "]", violations);
			if (value == null) {
				continue;
			}
			if (materialDefaults) {
				value.put("count", value.path("count").asInt(1));
				value.put("required", value.path("required").asBoolean(true));
			}
			else {
				value.put("required", value.path("required").asBoolean(false));
			}
			resolved.add(value);
		}
		return resolved;
	}

	private ObjectNode resolveEntry(JsonNode entry, Map<String, JsonNode> library, String keyName, String path,
			Violations violations) {
		String reference = null;
		ObjectNode overrides = null;
		if (entry.isString() && entry.asString().startsWith("@")) {
			reference = entry.asString().substring(1);
		}
		else if (entry.isObject() && entry.has("ref")) {
			overrides = ((ObjectNode) entry).deepCopy();
			reference = overrides.remove("ref").asString();
		}
		else if (entry.isObject()) {
			return ((ObjectNode) entry).deepCopy();
		}
		JsonNode template = (reference != null) ? library.get(reference) : null;
		if (template == null) {
			violations.add(path, "SEED_REFERENCE_UNKNOWN", "资料库中没有该引用：" + entry);
			return null;
		}
		ObjectNode value = ((ObjectNode) template).deepCopy();
		value.put(keyName, reference);
		if (overrides != null) {
			overrides.properties().forEach((property) -> value.set(property.getKey(), property.getValue()));
		}
		return value;
	}

	private ArrayNode resolveSteps(JsonNode steps, boolean instant) {
		ArrayNode resolved = this.mapper.createArrayNode();
		if (steps.isMissingNode() || steps.isNull()) {
			String[] names = instant ? new String[] { "在线申请", "即时办结" } : new String[] { "申请", "受理", "审查", "决定", "送达" };
			for (String name : names) {
				resolved.add(this.mapper.createObjectNode().put("name", name));
			}
			return resolved;
		}
		for (JsonNode step : steps) {
			resolved.add(step.isString() ? this.mapper.createObjectNode().put("name", step.asString()) : step);
		}
		return resolved;
	}

}

package org.shengshi.catalog.items;

import java.util.List;
import java.util.Set;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.publishing.TransitionRecord;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item content, authors and workflow history as stored in the JSON columns. Thread-safe.
 */
public final class ItemContentCodec {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ItemContentCodec() {
	}

	public static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	public static ServiceItem readItem(String json) {
		return JSON.readValue(json, ServiceItem.class);
	}

	public static Set<String> readAuthors(String json) {
		return JSON.readValue(json, new TypeReference<Set<String>>() {
		});
	}

	public static List<TransitionRecord> readHistory(String json) {
		return JSON.readValue(json, new TypeReference<List<TransitionRecord>>() {
		});
	}

}

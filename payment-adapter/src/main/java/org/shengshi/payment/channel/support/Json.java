package org.shengshi.payment.channel.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON reading for channel messages: a missing or mistyped field is a
 * {@link MalformedMessageException}, never a {@code null} that travels on.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonNode parse(byte[] json) {
		try {
			JsonNode node = MAPPER.readTree(json);
			if (node == null || !node.isObject()) {
				throw new MalformedMessageException("not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new MalformedMessageException("not JSON", ex);
		}
	}

	public static JsonNode parse(String json) {
		return parse(json.getBytes(StandardCharsets.UTF_8));
	}

	public static String write(Map<String, ?> value) {
		return MAPPER.writeValueAsString(value);
	}

	/** A required string field. */
	public static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.stringValue().isEmpty()) {
			throw new MalformedMessageException("missing text field " + field);
		}
		return value.stringValue();
	}

	/** An optional string field, {@code null} when absent. */
	public static String optionalText(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new MalformedMessageException("field " + field + " is not text");
		}
		return value.stringValue();
	}

	/** A required non-negative integer field. */
	public static long nonNegativeLong(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			throw new MalformedMessageException("missing non-negative integer field " + field);
		}
		return value.longValue();
	}

	/** A required object field. */
	public static JsonNode object(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isObject()) {
			throw new MalformedMessageException("missing object field " + field);
		}
		return value;
	}

}

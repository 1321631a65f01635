package org.shengshi.platform.events;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the JSON form of {@link EventEnvelope}. The envelope's own fields are
 * written explicitly so their names and formats never depend on the application's Jackson
 * settings; {@code data} is converted with the application's mapper.
 */
final class EnvelopeCodec {

	private final ObjectMapper mapper;

	EnvelopeCodec(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	JsonNode toTree(Object data) {
		return this.mapper.valueToTree(data);
	}

	String encode(EventEnvelope envelope) {
		ObjectNode node = this.mapper.createObjectNode();
		node.put("id", envelope.id());
		node.put("type", envelope.type());
		node.put("source", envelope.source());
		node.put("subject", envelope.subject());
		node.put("time", envelope.time().toString());
		node.put("dataVersion", envelope.dataVersion());
		node.set("data", envelope.data());
		node.put("traceparent", envelope.traceparent());
		return this.mapper.writeValueAsString(node);
	}

	/**
	 * Reads an envelope.
	 * @throws IllegalArgumentException when the text is not a valid envelope
	 */
	EventEnvelope decode(String json) {
		try {
			JsonNode node = this.mapper.readTree(json);
			return new EventEnvelope(required(node, "id"), required(node, "type"), required(node, "source"),
					optional(node, "subject"), Instant.parse(required(node, "time")), node.path("dataVersion").asInt(1),
					node.path("data"), optional(node, "traceparent"));
		}
		catch (JacksonException | java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException("unreadable event envelope", ex);
		}
	}

	private static String required(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw new IllegalArgumentException("event envelope without " + field);
		}
		return value.asString();
	}

	private static String optional(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}

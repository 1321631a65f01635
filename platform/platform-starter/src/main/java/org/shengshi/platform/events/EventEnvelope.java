package org.shengshi.platform.events;

import java.time.Instant;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

/**
 * One event as it travels between services: a CloudEvents-style envelope around the
 * event's {@code data}.
 *
 * @param id unique event id (UUIDv7); consumers deduplicate on it
 * @param type event type such as {@code case.completed}
 * @param source the producing service ({@code spring.application.name})
 * @param subject what the event is about, usually an opaque id; may be {@code null}
 * @param time when the event happened, UTC, millisecond precision
 * @param dataVersion version of the {@code data} shape for this type
 * @param data the event's payload as a JSON tree
 * @param traceparent W3C trace context of the transaction that published it; may be
 * {@code null}
 */
public record EventEnvelope(String id, String type, String source, @Nullable String subject, Instant time,
		int dataVersion, JsonNode data, @Nullable String traceparent) {

	private static final ObjectMapper TOLERANT_READER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Converts {@link #data()} to the given type, usually a record, ignoring fields the
	 * type does not know (producers may add fields within a data version).
	 */
	public <T> T dataAs(Class<T> type) {
		return dataAs(type, TOLERANT_READER);
	}

	/**
	 * Converts {@link #data()} to the given type with the given mapper.
	 */
	public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
		return mapper.treeToValue(this.data, type);
	}

}

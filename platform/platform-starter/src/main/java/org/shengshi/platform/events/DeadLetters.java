package org.shengshi.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Moves messages that cannot be handled to the consumer's dead-letter stream
 * {@code shengshi:events:dlq:<consumer>} and acknowledges them, so they are no longer
 * retried but stay available for inspection and manual replay.
 */
final class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final StringRedisTemplate redis;

	private final String consumer;

	private final long maxLength;

	DeadLetters(StringRedisTemplate redis, String consumer, long maxLength) {
		this.redis = redis;
		this.consumer = consumer;
		this.maxLength = maxLength;
	}

	void move(MapRecord<String, Object, Object> message, String reason) {
		Map<String, String> fields = new LinkedHashMap<>();
		message.getValue().forEach((key, value) -> fields.put(String.valueOf(key), String.valueOf(value)));
		fields.put("stream", message.getStream());
		fields.put("messageId", message.getId().getValue());
		fields.put("reason", reason);
		String deadLetterStream = EventStreams.deadLetters(this.consumer);
		this.redis.opsForStream()
			.add(StreamRecords.newRecord().in(deadLetterStream).ofMap(fields),
					XAddOptions.maxlen(this.maxLength).approximateTrimming(true));
		this.redis.opsForStream().acknowledge(this.consumer, message);
		log.warn("Moved event {} of type {} (message {} of {}) to {}: {}", fields.get("id"), fields.get("type"),
				message.getId(), message.getStream(), deadLetterStream, reason);
	}

}

package org.shengshi.platform.ordersapp;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reads what the relay and the consumers left in Redis.
 */
final class StreamProbe {

	private final StringRedisTemplate redis;

	StreamProbe(StringRedisTemplate redis) {
		this.redis = redis;
	}

	List<MapRecord<String, Object, Object>> entries(String stream) {
		if (!Boolean.TRUE.equals(this.redis.hasKey(stream))) {
			return List.of();
		}
		return this.redis.opsForStream().range(stream, Range.unbounded());
	}

	List<MapRecord<String, Object, Object>> entriesOfEvent(String stream, String eventId) {
		return entries(stream).stream().filter((entry) -> eventId.equals(entry.getValue().get("id"))).toList();
	}

	RecordId append(String stream, Map<String, String> fields) {
		return this.redis.opsForStream().add(stream, fields);
	}

	/**
	 * Whether the group has read the message and acknowledged it.
	 */
	boolean consumed(String stream, String group, RecordId id) {
		StreamInfo.XInfoGroup info = this.redis.opsForStream()
			.groups(stream)
			.stream()
			.filter((candidate) -> group.equals(candidate.groupName()))
			.findFirst()
			.orElse(null);
		if (info == null || compare(RecordId.of(info.lastDeliveredId()), id) < 0) {
			return false;
		}
		return this.redis.opsForStream()
			.pending(stream, group, Range.closed(id.getValue(), id.getValue()), 1)
			.isEmpty();
	}

	private static int compare(RecordId left, RecordId right) {
		int byTime = Long.compare(left.getTimestamp(), right.getTimestamp());
		return (byTime != 0) ? byTime : Long.compare(left.getSequence(), right.getSequence());
	}

}

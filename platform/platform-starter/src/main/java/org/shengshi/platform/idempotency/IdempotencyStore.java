package org.shengshi.platform.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Redis operations on idempotency keys: {@code SET NX PX} to reserve, and compare-and-set
 * scripts to complete or release only the reservation this request owns.
 */
final class IdempotencyStore {

	private static final RedisScript<Long> COMPLETE = RedisScript.of("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
				redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
				return 1
			end
			return 0""", Long.class);

	private static final RedisScript<Long> RELEASE = RedisScript.of("""
			if redis.call('GET', KEYS[1]) == ARGV[1] then
				return redis.call('DEL', KEYS[1])
			end
			return 0""", Long.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final Duration ttl;

	private final Duration inProgressTtl;

	IdempotencyStore(StringRedisTemplate redis, JsonMapper json, IdempotencyProperties properties) {
		this.redis = redis;
		this.json = json;
		this.ttl = properties.ttl();
		this.inProgressTtl = properties.inProgressTtl();
	}

	/**
	 * Reserves the key for this request.
	 * @return the reservation, or {@code null} when the key exists already
	 */
	Reservation tryReserve(String key, String requestHash) {
		String value = this.json
			.writeValueAsString(StoredResponse.inProgress(UUID.randomUUID().toString(), requestHash));
		Boolean reserved = this.redis.opsForValue().setIfAbsent(key, value, this.inProgressTtl);
		return Boolean.TRUE.equals(reserved) ? new Reservation(key, value, requestHash) : null;
	}

	/**
	 * The reservation or stored response of the key, or {@code null} if there is none.
	 */
	StoredResponse find(String key) {
		String value = this.redis.opsForValue().get(key);
		return (value != null) ? this.json.readValue(value, StoredResponse.class) : null;
	}

	/**
	 * Replaces this request's reservation with its response, kept for the configured TTL.
	 * @return {@code false} if the reservation was no longer held
	 */
	boolean complete(Reservation reservation, StoredResponse response) {
		Long done = this.redis.execute(COMPLETE, List.of(reservation.key()), reservation.value(),
				this.json.writeValueAsString(response), String.valueOf(this.ttl.toMillis()));
		return Long.valueOf(1).equals(done);
	}

	/**
	 * Frees the key so a retry can run, if this request still holds it.
	 */
	void release(Reservation reservation) {
		this.redis.execute(RELEASE, List.of(reservation.key()), reservation.value());
	}

}

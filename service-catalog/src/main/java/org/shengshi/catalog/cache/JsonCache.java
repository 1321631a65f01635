package org.shengshi.catalog.cache;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values as JSON in Redis under {@code shengshi:catalog:<key>}, with the TTL of
 * {@link CacheProperties}. Redis trouble never fails a read: the value is computed and
 * served uncached.
 */
@Component
@EnableConfigurationProperties(CacheProperties.class)
public class JsonCache {

	static final String PREFIX = "shengshi:catalog:";

	static final String GENERATION = PREFIX + "generation";

	private static final Logger log = LoggerFactory.getLogger(JsonCache.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final StringRedisTemplate redis;

	private final CacheProperties properties;

	JsonCache(StringRedisTemplate redis, CacheProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/**
	 * The cached value under {@code key}, or {@code compute}'s result, stored. The key
	 * must carry a stamp read before {@code compute} runs, so a value computed from data
	 * older than a change can only land under a stamp nobody reads any more.
	 */
	public <T> T get(String key, Class<T> type, Supplier<T> compute) {
		if (!this.properties.enabled()) {
			return compute.get();
		}
		Optional<T> cached = read(PREFIX + key, type);
		if (cached.isPresent()) {
			return cached.get();
		}
		T value = compute.get();
		write(PREFIX + key, value);
		return value;
	}

	/** The catalog generation, part of the key of every item entry; 0 when unknown. */
	public long generation() {
		if (!this.properties.enabled()) {
			return 0;
		}
		try {
			String value = this.redis.opsForValue().get(GENERATION);
			return (value != null) ? Long.parseLong(value) : 0;
		}
		catch (RuntimeException ex) {
			log.warn("catalog cache: Redis unavailable ({}); reading without it", ex.getClass().getSimpleName());
			return -1;
		}
	}

	/** Makes every item entry stamped with an earlier generation unreachable. */
	public void bumpGeneration() {
		try {
			this.redis.opsForValue().increment(GENERATION);
		}
		catch (RuntimeException ex) {
			log.warn("catalog cache: could not bump the generation ({}); entries expire within {}",
					ex.getClass().getSimpleName(), this.properties.ttl());
		}
	}

	private <T> Optional<T> read(String key, Class<T> type) {
		try {
			String json = this.redis.opsForValue().get(key);
			return (json != null) ? Optional.of(JSON.readValue(json, type)) : Optional.empty();
		}
		catch (RuntimeException ex) {
			log.warn("catalog cache: read failed ({})", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private void write(String key, Object value) {
		try {
			this.redis.opsForValue().set(key, JSON.writeValueAsString(value), this.properties.ttl());
		}
		catch (RuntimeException ex) {
			log.warn("catalog cache: write failed ({})", ex.getClass().getSimpleName());
		}
	}

}

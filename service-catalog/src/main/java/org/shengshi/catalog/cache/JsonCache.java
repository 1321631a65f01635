package org.shengshi.catalog.cache;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Public read responses kept as the JSON they are sent as, in two levels: this replica's
 * memory ({@code local-ttl}, bounded in bytes) in front of Redis under
 * {@code shengshi:catalog:<key>} ({@code ttl}). A hit at either level is written to the
 * client as it is, without being read back into objects. Keys carry a stamp (the catalog
 * generation or the index watermark) read before the value is computed, so a value
 * computed from older data only lands under a stamp nobody reads any more. Redis trouble
 * never fails a read: the value is computed and served without it.
 */
@Component
@EnableConfigurationProperties(CacheProperties.class)
public class JsonCache {

	static final String PREFIX = "shengshi:catalog:";

	static final String GENERATION = PREFIX + "generation";

	private static final Logger log = LoggerFactory.getLogger(JsonCache.class);

	private final StringRedisTemplate redis;

	private final CacheProperties properties;

	private final JsonMapper json;

	private final Cache<String, byte[]> local;

	/** Keys asked for through {@link #jsonOnRepeat}. */
	private final Doorkeeper asked = new Doorkeeper();

	JsonCache(StringRedisTemplate redis, CacheProperties properties, JsonMapper json) {
		this.redis = redis;
		this.properties = properties;
		this.json = json;
		this.local = Caffeine.newBuilder()
			.maximumWeight(properties.localMaxBytes().toBytes())
			.weigher((String key, byte[] value) -> key.length() * 2 + value.length)
			.expireAfterWrite(properties.localTtl())
			.build();
	}

	/**
	 * The JSON (UTF-8) cached under {@code key}, or {@code compute}'s result as JSON,
	 * stored at both levels.
	 */
	public byte[] json(String key, Supplier<?> compute) {
		if (!this.properties.enabled()) {
			return uncached(compute);
		}
		byte[] cached = this.local.getIfPresent(key);
		return (cached != null) ? cached : throughRedis(key, compute);
	}

	/**
	 * Like {@link #json}, for reads that are mostly asked once (searches): a key asked
	 * for the first time on this replica, as far as its {@link Doorkeeper} remembers, is
	 * computed and neither looked up nor stored, so a one-off read costs no Redis round
	 * trip and no memory; from its second request on it is cached at both levels. With
	 * {@code admit-on-repeat} off this is {@link #json}.
	 */
	public byte[] jsonOnRepeat(String key, Supplier<?> compute) {
		if (!this.properties.enabled() || !this.properties.admitOnRepeat()) {
			return json(key, compute);
		}
		byte[] cached = this.local.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		return this.asked.seenBefore(key) ? throughRedis(key, compute) : uncached(compute);
	}

	/**
	 * The value of a key missing from memory: from Redis, or computed and stored there;
	 * kept in memory either way.
	 */
	private byte[] throughRedis(String key, Supplier<?> compute) {
		String shared = read(PREFIX + key);
		if (shared != null) {
			byte[] value = shared.getBytes(StandardCharsets.UTF_8);
			this.local.put(key, value);
			return value;
		}
		byte[] value = this.json.writeValueAsBytes(compute.get());
		this.local.put(key, value);
		write(PREFIX + key, new String(value, StandardCharsets.UTF_8));
		return value;
	}

	/** {@code compute}'s result as JSON, not cached. */
	public byte[] uncached(Supplier<?> compute) {
		return this.json.writeValueAsBytes(compute.get());
	}

	/** The catalog generation, part of the key of every item entry; -1 when unknown. */
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

	private String read(String key) {
		try {
			return this.redis.opsForValue().get(key);
		}
		catch (RuntimeException ex) {
			log.warn("catalog cache: read failed ({})", ex.getClass().getSimpleName());
			return null;
		}
	}

	private void write(String key, String value) {
		try {
			this.redis.opsForValue().set(key, value, this.properties.ttl());
		}
		catch (RuntimeException ex) {
			log.warn("catalog cache: write failed ({})", ex.getClass().getSimpleName());
		}
	}

}

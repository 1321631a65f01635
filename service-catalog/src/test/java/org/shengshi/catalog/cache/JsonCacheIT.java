package org.shengshi.catalog.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.EmbeddedRedis;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two cache levels against a real redis-server: a replica's memory in front of Redis,
 * shared by replicas through Redis, bounded in time locally.
 */
class JsonCacheIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String key = "test:" + UUID.randomUUID();

	private LettuceConnectionFactory connections;

	private StringRedisTemplate redis;

	@BeforeEach
	void connect() {
		this.connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", EmbeddedRedis.shared().port()));
		this.connections.afterPropertiesSet();
		this.connections.start();
		this.redis = new StringRedisTemplate(this.connections);
	}

	@AfterEach
	void disconnect() {
		this.connections.destroy();
	}

	private JsonCache replica(boolean enabled, Duration localTtl) {
		return replica(enabled, localTtl, true);
	}

	private JsonCache replica(boolean enabled, Duration localTtl, boolean admitOnRepeat) {
		return new JsonCache(this.redis,
				new CacheProperties(enabled, Duration.ofSeconds(60), localTtl, DataSize.ofMegabytes(1), admitOnRepeat),
				JSON);
	}

	private static byte[] utf8(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aValueIsComputedOnceAndServedAsTheSameJsonFromMemoryAndFromRedis() {
		JsonCache one = replica(true, Duration.ofSeconds(5));
		JsonCache other = replica(true, Duration.ofSeconds(5));
		AtomicInteger computed = new AtomicInteger();

		byte[] first = one.json(this.key, () -> Map.of("name", "居住证申领", "n", computed.incrementAndGet()));
		byte[] again = one.json(this.key, () -> Map.of("n", computed.incrementAndGet()));
		byte[] elsewhere = other.json(this.key, () -> Map.of("n", computed.incrementAndGet()));

		assertThat(computed).hasValue(1);
		assertThat(new String(first, StandardCharsets.UTF_8)).contains("居住证申领");
		assertThat(again).isEqualTo(first);
		assertThat(elsewhere).isEqualTo(first);
		assertThat(this.redis.opsForValue().get(JsonCache.PREFIX + this.key))
			.isEqualTo(new String(first, StandardCharsets.UTF_8));
	}

	@Test
	void aReadAskedOnceIsNeitherLookedUpNorStoredAndIsCachedFromItsSecondAsk() {
		JsonCache one = replica(true, Duration.ofSeconds(5));
		JsonCache other = replica(true, Duration.ofSeconds(5));
		AtomicInteger computed = new AtomicInteger();
		this.redis.opsForValue().set(JsonCache.PREFIX + this.key, "{\"n\":0}");

		assertThat(one.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet())))
			.isEqualTo(utf8("{\"n\":1}"));
		assertThat(this.redis.opsForValue().get(JsonCache.PREFIX + this.key)).isEqualTo("{\"n\":0}");
		this.redis.delete(JsonCache.PREFIX + this.key);
		assertThat(one.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet())))
			.isEqualTo(utf8("{\"n\":2}"));
		assertThat(this.redis.opsForValue().get(JsonCache.PREFIX + this.key)).isEqualTo("{\"n\":2}");
		assertThat(one.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet())))
			.isEqualTo(utf8("{\"n\":2}"));

		assertThat(other.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet())))
			.isEqualTo(utf8("{\"n\":3}"));
		assertThat(other.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet())))
			.isEqualTo(utf8("{\"n\":2}"));
		assertThat(computed).hasValue(3);
	}

	@Test
	void withAdmissionOnRepeatOffEveryReadIsCachedFromItsFirstAsk() {
		JsonCache cache = replica(true, Duration.ofSeconds(5), false);
		AtomicInteger computed = new AtomicInteger();
		cache.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet()));
		assertThat(this.redis.opsForValue().get(JsonCache.PREFIX + this.key)).isEqualTo("{\"n\":1}");
		assertThat(cache.jsonOnRepeat(this.key, () -> Map.of("n", computed.incrementAndGet())))
			.isEqualTo(utf8("{\"n\":1}"));
		assertThat(computed).hasValue(1);
	}

	@Test
	void theMemoryLevelServesWithoutRedisUntilItsTimeIsUp() throws Exception {
		JsonCache cache = replica(true, Duration.ofMillis(300));
		AtomicInteger computed = new AtomicInteger();
		cache.json(this.key, () -> Map.of("n", computed.incrementAndGet()));
		this.redis.delete(JsonCache.PREFIX + this.key);

		assertThat(cache.json(this.key, () -> Map.of("n", computed.incrementAndGet()))).isEqualTo(utf8("{\"n\":1}"));
		Thread.sleep(400);
		assertThat(cache.json(this.key, () -> Map.of("n", computed.incrementAndGet()))).isEqualTo(utf8("{\"n\":2}"));
	}

	@Test
	void withRedisStoppedValuesAreComputedAndServed() {
		JsonCache cache = replica(true, Duration.ofSeconds(5));
		EmbeddedRedis.shared().stop();
		try {
			assertThat(cache.generation()).isEqualTo(-1);
			assertThat(cache.json(this.key, () -> Map.of("n", 7))).isEqualTo(utf8("{\"n\":7}"));
		}
		finally {
			EmbeddedRedis.shared().start();
		}
	}

	@Test
	void disabledItComputesEveryTimeAndStoresNothing() {
		JsonCache cache = replica(false, Duration.ofSeconds(5));
		AtomicInteger computed = new AtomicInteger();
		cache.json(this.key, () -> Map.of("n", computed.incrementAndGet()));
		cache.json(this.key, () -> Map.of("n", computed.incrementAndGet()));
		assertThat(computed).hasValue(2);
		assertThat(this.redis.hasKey(JsonCache.PREFIX + this.key)).isFalse();
	}

}

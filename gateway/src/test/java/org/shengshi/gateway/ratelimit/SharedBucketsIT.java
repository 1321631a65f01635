package org.shengshi.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.EmbeddedRedis;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway replicas' limiters sharing their buckets through a real redis-server: each
 * decides alone between syncs, and a sync brings every replica to the shared level, with
 * what was taken beyond the budget carried as a debt.
 */
class SharedBucketsIT {

	private static final Budget TEN_PER_MINUTE = new Budget(10, Duration.ofMinutes(1));

	private static LettuceConnectionFactory connections;

	private static ReactiveStringRedisTemplate redis;

	private final String prefix = "test:shared:" + System.nanoTime();

	private final RateLimiter replicaA = limiter();

	private final RateLimiter replicaB = limiter();

	@BeforeAll
	static void connect() {
		EmbeddedRedis.shared().start();
		connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", EmbeddedRedis.shared().port()));
		connections.afterPropertiesSet();
		connections.start();
		redis = new ReactiveStringRedisTemplate(connections);
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	private RateLimiter limiter() {
		RateLimitProperties properties = new RateLimitProperties(true, null, null, Map.of(), Duration.ofMillis(100),
				Duration.ofSeconds(5), Duration.ofSeconds(1), 1000, this.prefix);
		return new RateLimiter(redis, properties, new SimpleMeterRegistry());
	}

	private String key(String id) {
		return this.prefix + ":cases:user:" + id;
	}

	@Test
	void aReplicaAdoptsTheUseOfAnotherAtItsNextSync() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.replicaA.take(key("r1"), TEN_PER_MINUTE).allowed()).isTrue();
		}
		this.replicaA.sync();

		assertThat(this.replicaB.take(key("r1"), TEN_PER_MINUTE).allowed())
			.as("B has not synced yet: its own bucket is still full")
			.isTrue();
		this.replicaB.sync();

		Decision denied = this.replicaB.take(key("r1"), TEN_PER_MINUTE);
		assertThat(denied.allowed()).isFalse();
		assertThat(denied.retryAfterMillis()).as("one token of debt, then one to take: 2 × 6 s")
			.isBetween(11_000L, 12_000L);
		assertThat(this.replicaA.take(key("r2"), TEN_PER_MINUTE).allowed()).as("other keys are apart").isTrue();
	}

	@Test
	void aBurstBeyondTheBudgetAcrossReplicasIsADebtThatBothRepay() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.replicaA.take(key("r3"), TEN_PER_MINUTE).allowed()).isTrue();
			assertThat(this.replicaB.take(key("r3"), TEN_PER_MINUTE).allowed()).isTrue();
		}
		this.replicaA.sync();
		this.replicaB.sync();

		assertThat(Double.parseDouble(redis.<String, String>opsForHash().get(key("r3"), "tokens").block()))
			.as("20 taken from a bucket of 10: a debt of at most one budget")
			.isCloseTo(-10.0, org.assertj.core.data.Offset.offset(0.1));
		assertThat(redis.getExpire(key("r3")).block()).as("kept until the debt is repaid and the bucket full")
			.isGreaterThan(Duration.ofMinutes(2));
		Decision deniedB = this.replicaB.take(key("r3"), TEN_PER_MINUTE);
		assertThat(deniedB.allowed()).isFalse();
		assertThat(deniedB.retryAfterMillis()).as("11 tokens to refill at 6 s each").isBetween(65_000L, 66_000L);
		assertThat(this.replicaA.take(key("r3"), TEN_PER_MINUTE).allowed()).as("A spent its own copy").isFalse();
	}

	@Test
	void nothingIsSentWhenNothingWasTaken() {
		this.replicaA.sync();

		assertThat(redis.keys(this.prefix + ":*").collectList().block()).isEmpty();
	}

}

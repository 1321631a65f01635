package org.shengshi.gateway.ratelimit;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The shared token buckets in Redis, each updated atomically by {@code token-sync.lua}.
 */
final class RedisTokenBuckets {

	private static final RedisScript<Long> SYNC = RedisScript
		.of(new ClassPathResource("org/shengshi/gateway/ratelimit/token-sync.lua"), Long.class);

	private final ReactiveStringRedisTemplate redis;

	RedisTokenBuckets(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	Mono<String> ping() {
		return this.redis.execute((connection) -> connection.ping()).next();
	}

	/**
	 * Adds {@code taken} tokens to the shared bucket's use and answers its level (tokens
	 * left, negative when in debt).
	 */
	Mono<Double> sync(String key, Budget budget, int taken) {
		List<String> args = List.of(Integer.toString(budget.limit()), Long.toString(budget.periodMillis()),
				Integer.toString(taken));
		return this.redis.execute(SYNC, List.of(key), args)
			.next()
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("token-sync script returned nothing")))
			.map((thousandths) -> thousandths / 1000.0);
	}

}

package org.shengshi.gateway.ratelimit;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets in Redis, each taken atomically by {@code token-bucket.lua}.
 */
final class RedisTokenBuckets {

	private static final RedisScript<Long> TAKE = RedisScript
		.of(new ClassPathResource("org/shengshi/gateway/ratelimit/token-bucket.lua"), Long.class);

	private final ReactiveStringRedisTemplate redis;

	RedisTokenBuckets(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	Mono<String> ping() {
		return this.redis.execute((connection) -> connection.ping()).next();
	}

	Mono<Decision> take(String key, Budget budget) {
		List<String> args = List.of(Integer.toString(budget.limit()), Long.toString(budget.periodMillis()));
		return this.redis.execute(TAKE, List.of(key), args)
			.next()
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("token-bucket script returned nothing")))
			.map((wait) -> (wait == 0) ? Decision.ALLOWED : Decision.denied(wait));
	}

}

package org.shengshi.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a token from the shared Redis bucket; when Redis fails or is too slow, from a
 * bounded local bucket with the same budget (fail open, but still limited per instance).
 * After a failure Redis is left alone for {@code redis-retry-interval} so an outage costs
 * no latency. The outage is logged once, and visible as the gauge
 * {@code shengshi.gateway.ratelimit.redis.available} and the counter
 * {@code shengshi.gateway.ratelimit.fallback.decisions}.
 */
@Component
class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private final RedisTokenBuckets redis;

	private final LocalTokenBuckets local;

	private final RateLimitProperties properties;

	private final Clock clock;

	private final AtomicBoolean redisAvailable = new AtomicBoolean(true);

	private final AtomicLong redisRetryAt = new AtomicLong();

	private final Counter fallbackDecisions;

	RateLimiter(ReactiveStringRedisTemplate redis, RateLimitProperties properties, MeterRegistry meters) {
		this.clock = Clock.systemUTC();
		this.redis = new RedisTokenBuckets(redis);
		this.local = new LocalTokenBuckets(properties.localMaxKeys(), this.clock::millis);
		this.properties = properties;
		this.fallbackDecisions = Counter.builder("shengshi.gateway.ratelimit.fallback.decisions")
			.description("Rate-limit decisions taken by the local fallback because Redis could not answer")
			.register(meters);
		Gauge.builder("shengshi.gateway.ratelimit.redis.available", this.redisAvailable, (up) -> up.get() ? 1 : 0)
			.description("1 while rate limits are shared through Redis, 0 while each instance limits alone")
			.register(meters);
	}

	/**
	 * Opens the Redis connection before the first request needs it; a failure here only
	 * means the first requests use the fallback.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void connectEarly() {
		this.redis.ping()
			.timeout(Duration.ofSeconds(5))
			.subscribe((pong) -> log.debug("Redis connection for rate limits is open"),
					(failure) -> log.warn("Redis is not reachable at start; rate limits fall back to local buckets"));
	}

	Mono<Decision> take(String key, Budget budget) {
		if (budget.unlimited()) {
			return Mono.just(Decision.ALLOWED);
		}
		if (this.clock.millis() < this.redisRetryAt.get()) {
			return Mono.fromSupplier(() -> takeLocally(key, budget));
		}
		return this.redis.take(key, budget)
			.timeout(this.properties.redisTimeout())
			.doOnNext((decision) -> redisAnswered())
			.onErrorResume((failure) -> Mono.fromSupplier(() -> {
				redisFailed(failure);
				return takeLocally(key, budget);
			}));
	}

	private Decision takeLocally(String key, Budget budget) {
		this.fallbackDecisions.increment();
		return this.local.take(key, budget);
	}

	private void redisAnswered() {
		if (this.redisAvailable.compareAndSet(false, true)) {
			log.info("Redis answers again: rate limits are shared across gateway instances");
		}
	}

	private void redisFailed(Throwable failure) {
		this.redisRetryAt.set(this.clock.millis() + this.properties.redisRetryInterval().toMillis());
		if (this.redisAvailable.compareAndSet(true, false)) {
			log.warn("Redis cannot answer rate-limit checks ({}); each gateway instance now limits on its own "
					+ "with local buckets until Redis is back", failure.getClass().getSimpleName());
		}
	}

}

package org.shengshi.gateway.ratelimit;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a token from the shared Redis bucket; when Redis fails or is too slow, from a
 * bounded local bucket with the same budget (fail open, but still limited per instance).
 * While Redis is marked down, requests never wait for it: a background ping, at most one
 * per {@code redis-retry-interval}, tells when it is back. The outage is logged once, and
 * visible as the gauge {@code shengshi.gateway.ratelimit.redis.available} and the counter
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

	private final AtomicLong nextProbeAt = new AtomicLong();

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
	 * Opens the Redis connection before the first request needs it, off the request
	 * threads; if Redis is not there, requests start on local buckets.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void connectEarly() {
		Mono.defer(this.redis::ping)
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((pong) -> redisAnswered(), this::redisFailed);
	}

	Mono<Decision> take(String key, Budget budget) {
		if (budget.unlimited()) {
			return Mono.just(Decision.ALLOWED);
		}
		if (!this.redisAvailable.get()) {
			probeInBackground();
			return Mono.fromSupplier(() -> takeLocally(key, budget));
		}
		return this.redis.take(key, budget)
			.timeout(this.properties.redisTimeout())
			.onErrorResume((failure) -> Mono.fromSupplier(() -> {
				redisFailed(failure);
				return takeLocally(key, budget);
			}));
	}

	private Decision takeLocally(String key, Budget budget) {
		this.fallbackDecisions.increment();
		return this.local.take(key, budget);
	}

	private void probeInBackground() {
		long now = this.clock.millis();
		long due = this.nextProbeAt.get();
		if (now < due || !this.nextProbeAt.compareAndSet(due, now + this.properties.redisRetryInterval().toMillis())) {
			return;
		}
		Mono.defer(this.redis::ping)
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((pong) -> redisAnswered(), (failure) -> log.debug("Redis still unavailable"));
	}

	private void redisAnswered() {
		if (this.redisAvailable.compareAndSet(false, true)) {
			log.info("Redis answers again: rate limits are shared across gateway instances");
		}
	}

	private void redisFailed(Throwable failure) {
		if (this.redisAvailable.compareAndSet(true, false)) {
			this.nextProbeAt.set(this.clock.millis() + this.properties.redisRetryInterval().toMillis());
			log.warn("Redis cannot answer rate-limit checks ({}); each gateway instance now limits on its own "
					+ "with local buckets until Redis is back", failure.getClass().getSimpleName());
		}
	}

}

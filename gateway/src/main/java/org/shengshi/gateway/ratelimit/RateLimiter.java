package org.shengshi.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides each request from this instance's token buckets, at once and without a round
 * trip, and shares them through Redis in the background: every {@code sync-interval} the
 * tokens taken here are added to the shared buckets, whose level each local bucket then
 * adopts (ADR 0032). Replicas therefore see each other's use within one interval; the
 * long-run rate per key is the budget, and a burst across N replicas inside one interval
 * can reach N times the budget.
 * <p>
 * When Redis fails or is too slow, the local buckets go on limiting alone (fail open, but
 * still limited per instance, ADR 0003) and nothing is queued for later; a ping, at most
 * one per {@code redis-retry-interval}, tells when it is back. The outage is logged once,
 * and visible as the gauge {@code shengshi.gateway.ratelimit.redis.available} and the
 * counter {@code shengshi.gateway.ratelimit.fallback.decisions}.
 */
@Component
class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	/** Shared buckets updated at once per sync. */
	private static final int SYNC_CONCURRENCY = 256;

	private final RedisTokenBuckets redis;

	private final LocalTokenBuckets local;

	private final RateLimitProperties properties;

	private final Clock clock;

	private final AtomicBoolean redisAvailable = new AtomicBoolean(true);

	private final Counter fallbackDecisions;

	private final ScheduledExecutorService syncThread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "rate-limit-sync");
		thread.setDaemon(true);
		return thread;
	});

	private long lastContactMillis;

	RateLimiter(ReactiveStringRedisTemplate redis, RateLimitProperties properties, MeterRegistry meters) {
		this.clock = Clock.systemUTC();
		this.redis = new RedisTokenBuckets(redis);
		this.local = new LocalTokenBuckets(properties.localMaxKeys(), this.clock::millis);
		this.properties = properties;
		this.fallbackDecisions = Counter.builder("shengshi.gateway.ratelimit.fallback.decisions")
			.description("Rate-limit decisions taken while Redis could not share the buckets")
			.register(meters);
		Gauge.builder("shengshi.gateway.ratelimit.redis.available", this.redisAvailable, (up) -> up.get() ? 1 : 0)
			.description("1 while rate limits are shared through Redis, 0 while each instance limits alone")
			.register(meters);
	}

	/** Starts the background sync once the application is up. */
	@EventListener(ApplicationReadyEvent.class)
	void startSync() {
		long interval = this.properties.syncInterval().toMillis();
		this.syncThread.scheduleWithFixedDelay(this::syncSafely, 0, interval, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stopSync() {
		this.syncThread.shutdownNow();
	}

	Decision take(String key, Budget budget) {
		if (budget.unlimited()) {
			return Decision.ALLOWED;
		}
		if (!this.redisAvailable.get()) {
			this.fallbackDecisions.increment();
		}
		return this.local.take(key, budget);
	}

	private void syncSafely() {
		try {
			sync();
		}
		catch (RuntimeException ex) {
			log.warn("Rate-limit sync failed unexpectedly", ex);
		}
	}

	/**
	 * One sync: sends every bucket's tokens taken since the previous one. While Redis is
	 * down the counts are dropped (the local buckets limited those requests already) and
	 * Redis is pinged at most once per retry interval; when idle, it is pinged as often,
	 * so an outage shows on the gauge before the next request.
	 */
	void sync() {
		long now = this.clock.millis();
		List<LocalTokenBuckets.Pending> pending = this.local.drain();
		boolean probeDue = now - this.lastContactMillis >= this.properties.redisRetryInterval().toMillis();
		if (!this.redisAvailable.get() || pending.isEmpty()) {
			if (probeDue) {
				probe(now);
			}
			return;
		}
		Duration timeout = this.properties.redisTimeout().multipliedBy(1 + pending.size() / 1000);
		try {
			Flux.fromIterable(pending)
				.flatMap(
						(bucket) -> this.redis.sync(bucket.key(), bucket.budget(), bucket.taken())
							.doOnNext((shared) -> bucket.bucket().settle(shared, this.clock.millis())),
						SYNC_CONCURRENCY)
				.then()
				.block(timeout);
			this.lastContactMillis = now;
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
		}
	}

	private void probe(long now) {
		try {
			this.redis.ping().block(this.properties.redisTimeout());
			this.lastContactMillis = now;
			if (this.redisAvailable.compareAndSet(false, true)) {
				log.info("Redis answers again: rate limits are shared across gateway instances");
			}
		}
		catch (RuntimeException ex) {
			this.lastContactMillis = now;
			redisFailed(ex);
		}
	}

	private void redisFailed(Throwable failure) {
		if (this.redisAvailable.compareAndSet(true, false)) {
			log.warn("Redis cannot share rate-limit buckets ({}); each gateway instance now limits on its own "
					+ "until Redis is back", failure.getClass().getSimpleName());
		}
	}

}

package org.shengshi.gateway.ratelimit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in this instance's memory: every request is decided here, without a round
 * trip. Tokens taken are counted until the next sync ({@link #drain}), which sends them
 * to the shared bucket in Redis and brings the local one to the shared level
 * ({@link Bucket#settle}), so replicas see each other's use. At most {@code maxKeys}
 * buckets are kept; the least recently used is dropped first (its key starts again with a
 * full bucket), so memory stays bounded under any number of clients.
 */
final class LocalTokenBuckets {

	private final Map<String, Bucket> buckets;

	/** Buckets with tokens taken since the last drain. */
	private final Map<String, Bucket> unsynced = new ConcurrentHashMap<>();

	private final LongSupplier clockMillis;

	LocalTokenBuckets(int maxKeys, LongSupplier clockMillis) {
		this.clockMillis = clockMillis;
		this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxKeys;
			}

		};
	}

	Decision take(String key, Budget budget) {
		long now = this.clockMillis.getAsLong();
		Bucket bucket;
		synchronized (this.buckets) {
			bucket = this.buckets.computeIfAbsent(key, (k) -> new Bucket(budget, now));
		}
		Decision decision = bucket.take(now);
		if (decision.allowed()) {
			this.unsynced.put(key, bucket);
		}
		return decision;
	}

	/**
	 * The buckets with tokens taken since the last drain, each with that count, which is
	 * reset: the caller sends them to the shared buckets.
	 */
	List<Pending> drain() {
		List<Pending> pending = new ArrayList<>(this.unsynced.size());
		for (String key : List.copyOf(this.unsynced.keySet())) {
			Bucket bucket = this.unsynced.remove(key);
			if (bucket != null) {
				pending.add(new Pending(key, bucket.budget, bucket.drain(), bucket));
			}
		}
		return pending;
	}

	int size() {
		synchronized (this.buckets) {
			return this.buckets.size();
		}
	}

	/**
	 * Tokens of one bucket taken since the previous drain, to be added to its shared
	 * bucket.
	 *
	 * @param key the bucket's key
	 * @param budget its budget
	 * @param taken tokens taken here since the previous drain
	 * @param bucket the local bucket, which adopts the shared level
	 * ({@link Bucket#settle})
	 */
	record Pending(String key, Budget budget, int taken, Bucket bucket) {
	}

	static final class Bucket {

		private final Budget budget;

		private double tokens;

		private long at;

		private int takenSinceDrain;

		Bucket(Budget budget, long at) {
			this.budget = budget;
			this.tokens = budget.limit();
			this.at = at;
		}

		synchronized Decision take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				this.takenSinceDrain++;
				return Decision.ALLOWED;
			}
			return Decision
				.denied((long) Math.ceil((1 - this.tokens) * this.budget.periodMillis() / this.budget.limit()));
		}

		synchronized int drain() {
			int taken = this.takenSinceDrain;
			this.takenSinceDrain = 0;
			return taken;
		}

		/**
		 * Brings this bucket to the shared one's level after a sync, less what was taken
		 * here since the drain.
		 */
		synchronized void settle(double sharedTokens, long now) {
			this.tokens = Math.min(this.budget.limit(), sharedTokens - this.takenSinceDrain);
			this.at = Math.max(this.at, now);
		}

		private void refill(long now) {
			if (now > this.at) {
				double limit = this.budget.limit();
				this.tokens = Math.min(limit, this.tokens + (now - this.at) * limit / this.budget.periodMillis());
				this.at = now;
			}
		}

	}

}

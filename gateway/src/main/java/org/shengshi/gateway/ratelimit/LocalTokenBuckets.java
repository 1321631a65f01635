package org.shengshi.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets in this instance's memory, used while Redis cannot answer. At most
 * {@code maxKeys} buckets are kept; the least recently used is dropped first (its key
 * starts again with a full bucket), so memory stays bounded under any number of clients.
 */
final class LocalTokenBuckets {

	private final Map<String, Bucket> buckets;

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
			bucket = this.buckets.computeIfAbsent(key, (k) -> new Bucket(budget.limit(), now));
		}
		return bucket.take(budget, now);
	}

	int size() {
		synchronized (this.buckets) {
			return this.buckets.size();
		}
	}

	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(double tokens, long at) {
			this.tokens = tokens;
			this.at = at;
		}

		synchronized Decision take(Budget budget, long now) {
			double limit = budget.limit();
			if (now > this.at) {
				this.tokens = Math.min(limit, this.tokens + (now - this.at) * limit / budget.periodMillis());
				this.at = now;
			}
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return Decision.ALLOWED;
			}
			return Decision.denied((long) Math.ceil((1 - this.tokens) * budget.periodMillis() / limit));
		}

	}

}

package org.shengshi.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTokenBucketsTest {

	private final AtomicLong now = new AtomicLong(1_000_000);

	private final Budget threePerMinute = new Budget(3, Duration.ofMinutes(1));

	@Test
	void allowsTheBudgetThenDeniesWithTheWaitForOneToken() {
		LocalTokenBuckets buckets = new LocalTokenBuckets(100, this.now::get);

		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("k", this.threePerMinute).allowed()).isTrue();
		}
		Decision denied = buckets.take("k", this.threePerMinute);

		assertThat(denied.allowed()).isFalse();
		assertThat(denied.retryAfterMillis()).isEqualTo(20_000);
		assertThat(denied.retryAfterSeconds()).isEqualTo(20);
	}

	@Test
	void refillsInProportionToTheTimePassed() {
		LocalTokenBuckets buckets = new LocalTokenBuckets(100, this.now::get);
		for (int i = 0; i < 3; i++) {
			buckets.take("k", this.threePerMinute);
		}

		this.now.addAndGet(20_000);

		assertThat(buckets.take("k", this.threePerMinute).allowed()).isTrue();
		assertThat(buckets.take("k", this.threePerMinute).allowed()).isFalse();
	}

	@Test
	void keepsKeysApart() {
		LocalTokenBuckets buckets = new LocalTokenBuckets(100, this.now::get);
		for (int i = 0; i < 3; i++) {
			buckets.take("a", this.threePerMinute);
		}

		assertThat(buckets.take("a", this.threePerMinute).allowed()).isFalse();
		assertThat(buckets.take("b", this.threePerMinute).allowed()).isTrue();
	}

	@Test
	void keepsAtMostMaxKeysBuckets() {
		LocalTokenBuckets buckets = new LocalTokenBuckets(100, this.now::get);

		for (int i = 0; i < 1000; i++) {
			buckets.take("client-" + i, this.threePerMinute);
		}

		assertThat(buckets.size()).isEqualTo(100);
	}

}

package org.shengshi.platform.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	@Test
	void doublesUpToTheMaximumAndStartsOverAfterAReset() {
		Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1));

		assertThat(backoff.failing()).isFalse();
		assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
		assertThat(backoff.next()).isEqualTo(Duration.ofMillis(400));
		assertThat(backoff.next()).isEqualTo(Duration.ofMillis(800));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.failing()).isTrue();

		assertThat(backoff.reset()).isTrue();
		assertThat(backoff.reset()).isFalse();
		assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
	}

}

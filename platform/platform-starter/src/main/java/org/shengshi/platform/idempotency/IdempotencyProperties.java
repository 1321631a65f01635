package org.shengshi.platform.idempotency;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of {@code Idempotency-Key} handling ({@code shengshi.idempotency.*}).
 *
 * @param enabled honour {@link Idempotent} at all
 * @param ttl how long a completed response is kept for replay
 * @param inProgressTtl how long a key stays reserved by a request that has not finished;
 * must exceed the slowest idempotent handler, and bounds how long a crashed request
 * blocks its key
 * @param inProgressWait how long a duplicate waits for the first request to finish before
 * it gets 409
 * @param pollInterval how often a waiting duplicate looks again
 * @param replayHeaders response headers stored and replayed besides {@code Content-Type}
 * @param maxBodySize largest request body that is buffered for hashing; larger bodies
 * with a key get 413
 * @param keyPrefix prefix of the Redis keys
 */
@ConfigurationProperties("shengshi.idempotency")
@Validated
public record IdempotencyProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("24h") @NotNull @DurationMin(minutes = 1) Duration ttl,
		@DefaultValue("1m") @NotNull @DurationMin(seconds = 1) Duration inProgressTtl,
		@DefaultValue("5s") @NotNull @DurationMax(minutes = 1) Duration inProgressWait,
		@DefaultValue("100ms") @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 5) Duration pollInterval,
		@DefaultValue("Location") @NotNull List<@NotBlank String> replayHeaders,
		@DefaultValue("10MB") @NotNull DataSize maxBodySize,
		@DefaultValue("shengshi:idempotency") @NotNull @Pattern(regexp = "[A-Za-z0-9:_-]{1,64}") String keyPrefix) {

	@AssertTrue(message = "max-body-size must be between 1 byte and 100MB")
	public boolean isMaxBodySizeValid() {
		return this.maxBodySize == null
				|| (this.maxBodySize.toBytes() > 0 && this.maxBodySize.compareTo(DataSize.ofMegabytes(100)) <= 0);
	}

	@AssertTrue(message = "in-progress-wait must not be negative")
	public boolean isInProgressWaitValid() {
		return this.inProgressWait == null || !this.inProgressWait.isNegative();
	}

}

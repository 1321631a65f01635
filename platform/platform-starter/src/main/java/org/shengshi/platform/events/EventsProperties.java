package org.shengshi.platform.events;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the outbox, its relay and the event consumers ({@code shengshi.events.*}).
 *
 * @param migrateSchema create and upgrade the platform tables ({@code event_outbox},
 * {@code event_inbox}) with the starter's own Flyway history
 * @param outboxRetention how long relayed outbox rows are kept (the replay window)
 * @param inboxRetention how long handled event ids are remembered; keep it longer than
 * the producers' outbox retention so a replay cannot have a second effect
 * @param cleanupInterval how often old outbox and inbox rows are deleted
 * @param relay the outbox relay
 * @param consumer the stream consumers
 */
@ConfigurationProperties("shengshi.events")
@Validated
public record EventsProperties(@DefaultValue("true") boolean migrateSchema,
		@DefaultValue("7d") @NotNull @DurationMin(minutes = 1) Duration outboxRetention,
		@DefaultValue("30d") @NotNull @DurationMin(minutes = 1) Duration inboxRetention,
		@DefaultValue("1h") @NotNull @DurationMin(millis = 100) Duration cleanupInterval,
		@DefaultValue @Valid Relay relay, @DefaultValue @Valid Consumer consumer) {

	/**
	 * @param enabled run the relay in this instance
	 * @param pollInterval pause between polls when the outbox is empty; a commit that
	 * wrote outbox rows wakes the relay at once, so the poll only finds rows no wake-up
	 * announced
	 * @param batchSize rows claimed per short transaction
	 * @param maxBackoff longest pause after Redis or the database failed
	 * @param streamMaxLength approximate length the streams are trimmed to
	 * ({@code MAXLEN ~})
	 */
	public record Relay(@DefaultValue("true") boolean enabled,
			@DefaultValue("1s") @NotNull @DurationMin(millis = 10) @DurationMax(minutes = 1) Duration pollInterval,
			@DefaultValue("100") @Min(1) @Max(1000) int batchSize,
			@DefaultValue("10s") @NotNull @DurationMin(millis = 10) @DurationMax(minutes = 5) Duration maxBackoff,
			@DefaultValue("100000") @Min(100) long streamMaxLength) {

	}

	/**
	 * @param enabled run the consumers of this instance's {@link EventHandler} beans
	 * @param blockTimeout how long one {@code XREADGROUP} waits for new messages; keep it
	 * well below the Redis command timeout ({@code spring.data.redis.timeout}, 2 s), or a
	 * quiet stream on a busy machine makes the read time out on the client
	 * @param batchSize messages read per call
	 * @param claimMinIdle how long a delivered but unacknowledged message waits before it
	 * is claimed and retried
	 * @param claimInterval how often pending messages are checked
	 * @param maxDeliveries deliveries after which a failing message goes to the
	 * dead-letter stream
	 * @param maxBackoff longest pause after Redis or the database failed
	 */
	public record Consumer(@DefaultValue("true") boolean enabled,
			@DefaultValue("1s") @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 30) Duration blockTimeout,
			@DefaultValue("50") @Min(1) @Max(1000) int batchSize,
			@DefaultValue("1m") @NotNull @DurationMin(millis = 10) Duration claimMinIdle,
			@DefaultValue("5s") @NotNull @DurationMin(millis = 10) Duration claimInterval,
			@DefaultValue("5") @Min(1) @Max(100) int maxDeliveries,
			@DefaultValue("10s") @NotNull @DurationMin(millis = 10) @DurationMax(minutes = 5) Duration maxBackoff) {

	}

}

package org.shengshi.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Retries messages that were delivered but never acknowledged (the handler failed, or the
 * instance that read them died): once they have been idle for {@code claim-min-idle},
 * {@code XCLAIM} moves them to this consumer and they are dispatched again; after
 * {@code max-deliveries} deliveries they go to the dead-letter stream instead.
 */
final class PendingReclaimer {

	private final StringRedisTemplate redis;

	private final List<String> streams;

	private final String group;

	private final String consumerName;

	private final EventsProperties.Consumer settings;

	private final EventDispatcher dispatcher;

	private final DeadLetters deadLetters;

	private final Clock clock;

	private Instant next = Instant.MIN;

	PendingReclaimer(StringRedisTemplate redis, List<String> streams, String group, String consumerName,
			EventsProperties.Consumer settings, EventDispatcher dispatcher, DeadLetters deadLetters, Clock clock) {
		this.redis = redis;
		this.streams = streams;
		this.group = group;
		this.consumerName = consumerName;
		this.settings = settings;
		this.dispatcher = dispatcher;
		this.deadLetters = deadLetters;
		this.clock = clock;
	}

	void reclaimIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.next)) {
			return;
		}
		this.next = now.plus(this.settings.claimInterval());
		for (String stream : this.streams) {
			reclaim(stream);
		}
	}

	private void reclaim(String stream) {
		PendingMessages pending = this.redis.opsForStream()
			.pending(stream, this.group, Range.unbounded(), this.settings.batchSize(), this.settings.claimMinIdle());
		for (PendingMessage message : pending) {
			List<MapRecord<String, Object, Object>> claimed = this.redis.opsForStream()
				.claim(stream, this.group, this.consumerName, this.settings.claimMinIdle(), message.getId());
			for (MapRecord<String, Object, Object> record : claimed) {
				if (message.getTotalDeliveryCount() >= this.settings.maxDeliveries()) {
					this.deadLetters.move(record, "failed " + message.getTotalDeliveryCount() + " deliveries");
				}
				else {
					this.dispatcher.dispatch(record);
				}
			}
		}
	}

}

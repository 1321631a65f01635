package org.shengshi.platform.events;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.Assert;

/**
 * Publishes already relayed events again, for example after Redis lost its data: the
 * outbox rows whose event time lies in {@code [from, to)} are marked unrelayed, and the
 * relay appends them to the stream again in their original order. Consumers deduplicate
 * by event id, so replaying more than was lost is harmless. Rows older than
 * {@code shengshi.events.outbox-retention} are gone and cannot be replayed.
 */
public final class OutboxReplay {

	private static final Logger log = LoggerFactory.getLogger(OutboxReplay.class);

	private final OutboxRepository outbox;

	OutboxReplay(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	/**
	 * Schedules the relayed events of {@code [from, to)} for relaying again.
	 * @return how many events will be relayed again
	 */
	public int replay(Instant from, Instant to) {
		Assert.notNull(from, "from must not be null");
		Assert.notNull(to, "to must not be null");
		Assert.isTrue(from.isBefore(to), "from must be before to");
		int count = this.outbox.resetRelayed(from, to);
		log.info("Replaying {} outbox events from {} to {}", count, from, to);
		return count;
	}

}

package org.shengshi.platform.events;

import java.time.Instant;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * SQL on {@code event_inbox}: the ids of events a consumer has handled.
 */
final class InboxRepository {

	private final NamedParameterJdbcTemplate jdbc;

	InboxRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the consumer handles the event now.
	 * @return {@code false} if the consumer has handled (or is handling) it already
	 */
	boolean record(String consumer, String eventId, Instant at) {
		try {
			this.jdbc.update("""
					INSERT INTO event_inbox (consumer, event_id, received_at)
					VALUES (:consumer, :eventId, :at)""",
					Map.of("consumer", consumer, "eventId", eventId, "at", OutboxRepository.utc(at)));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	int deleteBefore(Instant cutoff, int limit) {
		return this.jdbc.update("""
				DELETE FROM event_inbox WHERE received_at < :cutoff
				ORDER BY received_at
				LIMIT :limit""", Map.of("cutoff", OutboxRepository.utc(cutoff), "limit", limit));
	}

}

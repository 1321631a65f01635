package org.shengshi.platform.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * SQL on {@code event_outbox}, portable between MySQL 8 and MariaDB 10.6+. Times are
 * written as UTC {@code DATETIME(3)} values computed by the application, never by the
 * database session's clock.
 */
final class OutboxRepository {

	private final NamedParameterJdbcTemplate jdbc;

	OutboxRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EventEnvelope envelope, String payload) {
		MapSqlParameterSource row = new MapSqlParameterSource().addValue("id", envelope.id())
			.addValue("type", envelope.type())
			.addValue("source", envelope.source())
			.addValue("subject", envelope.subject())
			.addValue("time", utc(envelope.time()))
			.addValue("dataVersion", envelope.dataVersion())
			.addValue("payload", payload)
			.addValue("traceparent", envelope.traceparent());
		this.jdbc.update("""
				INSERT INTO event_outbox (id, type, source, subject, time, data_version, payload, traceparent, attempts)
				VALUES (:id, :type, :source, :subject, :time, :dataVersion, :payload, :traceparent, 0)""", row);
	}

	/**
	 * Locks up to {@code limit} unrelayed rows, oldest first, skipping rows another relay
	 * holds. Must run inside a transaction.
	 */
	List<PendingEvent> lockUnrelayed(int limit) {
		return this.jdbc.query("""
				SELECT id, type, source, payload FROM event_outbox
				WHERE relayed_at IS NULL
				ORDER BY time, id
				LIMIT :limit
				FOR UPDATE SKIP LOCKED""", Map.of("limit", limit), (rs, rowNum) -> new PendingEvent(rs.getString("id"),
				rs.getString("type"), rs.getString("source"), rs.getString("payload")));
	}

	void markRelayed(List<String> ids, Instant at) {
		if (!ids.isEmpty()) {
			this.jdbc.update("UPDATE event_outbox SET relayed_at = :at, attempts = attempts + 1 WHERE id IN (:ids)",
					Map.of("at", utc(at), "ids", ids));
		}
	}

	void countFailedAttempt(String id) {
		this.jdbc.update("UPDATE event_outbox SET attempts = attempts + 1 WHERE id = :id", Map.of("id", id));
	}

	/**
	 * Marks relayed rows whose event time lies in {@code [from, to)} as unrelayed again.
	 */
	int resetRelayed(Instant from, Instant to) {
		return this.jdbc.update("""
				UPDATE event_outbox SET relayed_at = NULL
				WHERE time >= :from AND time < :to AND relayed_at IS NOT NULL""",
				Map.of("from", utc(from), "to", utc(to)));
	}

	int deleteRelayedBefore(Instant cutoff, int limit) {
		return this.jdbc.update("""
				DELETE FROM event_outbox
				WHERE relayed_at IS NOT NULL AND relayed_at < :cutoff
				ORDER BY relayed_at
				LIMIT :limit""", Map.of("cutoff", utc(cutoff), "limit", limit));
	}

	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * An outbox row waiting to be relayed.
	 */
	record PendingEvent(String id, String type, String source, String payload) {
	}

}

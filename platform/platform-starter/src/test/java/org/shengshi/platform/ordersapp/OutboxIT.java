package org.shengshi.platform.ordersapp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventPublisher;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OutboxIT extends OrdersAppSupport {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	@Autowired
	private OrderService orders;

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@AfterEach
	void clearTrace() {
		MDC.remove("traceparent");
	}

	@Test
	void platformTablesHaveTheirOwnFlywayHistoryBesideTheServiceMigrations() {
		assertThat(this.jdbc.queryForList("SELECT version FROM platform_schema_history WHERE success = 1 "
				+ "AND version IS NOT NULL ORDER BY installed_rank", String.class))
			.containsSubsequence("1", "2");
		assertThat(this.jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1 "
				+ "AND version IS NOT NULL ORDER BY installed_rank", String.class))
			.containsSubsequence("1", "2", "3");
	}

	@Test
	void eventRowIsWrittenInTheSameTransactionAsTheStateChange() {
		MDC.put("traceparent", TRACEPARENT);
		EventEnvelope event = this.orders.place("tea", 2);

		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT type, source, subject, data_version, payload, traceparent, attempts FROM event_outbox WHERE id = ?",
				event.id());
		assertThat(row).containsEntry("type", "order.placed")
			.containsEntry("source", SERVICE)
			.containsEntry("subject", event.subject())
			.containsEntry("data_version", 1)
			.containsEntry("traceparent", TRACEPARENT);
		assertThat(this.jdbc.queryForObject("SELECT item FROM orders WHERE id = ?", String.class, event.subject()))
			.isEqualTo("tea");
		JsonNode payload = JsonMapper.shared().readTree((String) row.get("payload"));
		assertThat(payload.get("id").asString()).isEqualTo(event.id());
		assertThat(payload.get("time").asString()).isEqualTo(event.time().toString());
		assertThat(payload.get("dataVersion").asInt()).isEqualTo(1);
		assertThat(payload.get("traceparent").asString()).isEqualTo(TRACEPARENT);
		assertThat(payload.get("data").get("item").asString()).isEqualTo("tea");
		assertThat(payload.get("data").get("quantity").asInt()).isEqualTo(2);
		assertThat(UUID.fromString(event.id()).version()).isEqualTo(7);
	}

	@Test
	void rolledBackTransactionLeavesNeitherRowNorEvent() {
		String orderId = UUID.randomUUID().toString();
		assertThatIllegalStateException().isThrownBy(() -> this.orders.placeThenFail("coffee", orderId));

		assertThat(count("SELECT COUNT(*) FROM orders WHERE id = ?", orderId)).isZero();
		assertThat(count("SELECT COUNT(*) FROM event_outbox WHERE subject = ?", orderId)).isZero();
		EventEnvelope later = this.orders.place("sentinel", 1);
		StreamProbe streams = new StreamProbe(this.redis);
		await().atMost(Duration.ofSeconds(15)).until(() -> !streams.entriesOfEvent(STREAM, later.id()).isEmpty());
		assertThat(streams.entries(STREAM))
			.noneMatch((entry) -> String.valueOf(entry.getValue().get("event")).contains(orderId));
	}

	@Test
	void publishingOutsideATransactionFailsClearly() {
		assertThatThrownBy(() -> this.publisher.publish("order.placed", "x", new OrderPlaced("x", "tea", 1)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("needs an active transaction");
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		assertThatThrownBy(() -> readOnly.executeWithoutResult(
				(status) -> this.publisher.publish("order.placed", "x", new OrderPlaced("x", "tea", 1))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("read-write transaction");
		assertThat(count("SELECT COUNT(*) FROM event_outbox WHERE subject = ?", "x")).isZero();
	}

	@Test
	void invalidEventTypesAreRefused() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		for (String type : List.of("", "Order.Placed", "order placed", ".order")) {
			assertThatThrownBy(() -> transaction
				.executeWithoutResult((status) -> this.publisher.publish(type, "y", new OrderPlaced("y", "tea", 1))))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

}

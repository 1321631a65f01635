package org.shengshi.platform.ordersapp;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.test.EmbeddedRedis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RelayIT extends OrdersAppSupport {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	private OrderService orders;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private ApplicationContext context;

	@Test
	void relayAppendsCommittedEventsToTheSourceStream() {
		EventEnvelope event = this.orders.place("bread", 3);
		StreamProbe streams = new StreamProbe(this.redis);

		await().atMost(DELIVERY).until(() -> !streams.entriesOfEvent(STREAM, event.id()).isEmpty());
		MapRecord<String, Object, Object> entry = streams.entriesOfEvent(STREAM, event.id()).get(0);
		assertThat(entry.getValue()).containsEntry("type", "order.placed");
		JsonNode envelope = JsonMapper.shared().readTree(String.valueOf(entry.getValue().get("event")));
		assertThat(envelope.get("source").asString()).isEqualTo(SERVICE);
		assertThat(envelope.get("subject").asString()).isEqualTo(event.subject());
		assertThat(envelope.get("data").get("item").asString()).isEqualTo("bread");
		await().atMost(DELIVERY).until(() -> relayedAt(event.id()) != null);
		await().atMost(DELIVERY).until(() -> effects(event.subject()) == 1);
	}

	@Test
	void eventsCommittedWhileNoRelayRunsAreDeliveredWhenOneStarts() throws InterruptedException {
		SmartLifecycle relay = this.context.getBean("outboxRelay", SmartLifecycle.class);
		List<EventEnvelope> events = new ArrayList<>();
		relay.stop();
		try {
			for (int i = 0; i < 5; i++) {
				events.add(this.orders.place("crash-" + i, 1));
			}
			Thread.sleep(500);
			StreamProbe streams = new StreamProbe(this.redis);
			assertThat(events).allSatisfy((event) -> {
				assertThat(relayedAt(event.id())).isNull();
				assertThat(streams.entriesOfEvent(STREAM, event.id())).isEmpty();
			});
		}
		finally {
			relay.start();
		}
		await().atMost(DELIVERY)
			.untilAsserted(
					() -> assertThat(events).allSatisfy((event) -> assertThat(effects(event.subject())).isEqualTo(1)));
	}

	@Test
	void eventsPublishedWhileRedisIsDownAreDeliveredAfterItReturns() throws InterruptedException {
		List<EventEnvelope> events = new ArrayList<>();
		EmbeddedRedis.shared().stop();
		try {
			for (int i = 0; i < 5; i++) {
				events.add(this.orders.place("outage-" + i, 1));
			}
			Thread.sleep(1500);
			assertThat(events).allSatisfy((event) -> assertThat(relayedAt(event.id())).isNull());
		}
		finally {
			EmbeddedRedis.shared().start();
		}
		await().atMost(DELIVERY)
			.untilAsserted(
					() -> assertThat(events).allSatisfy((event) -> assertThat(effects(event.subject())).isEqualTo(1)));
		StreamProbe streams = new StreamProbe(this.redis);
		assertThat(events).allSatisfy((event) -> assertThat(streams.entriesOfEvent(STREAM, event.id())).hasSize(1));
		assertThat(events).allSatisfy((event) -> assertThat(
				this.jdbc.queryForObject("SELECT attempts FROM event_outbox WHERE id = ?", Integer.class, event.id()))
			.isGreaterThanOrEqualTo(1));
	}

	@Test
	void relayedRowsOlderThanTheRetentionAreDeleted() {
		EventEnvelope old = this.orders.place("old", 1);
		EventEnvelope recent = this.orders.place("recent", 1);
		await().atMost(DELIVERY).until(() -> relayedAt(old.id()) != null && relayedAt(recent.id()) != null);

		this.jdbc.update("UPDATE event_outbox SET relayed_at = ? WHERE id = ?",
				LocalDateTime.now(ZoneOffset.UTC).minusHours(2), old.id());

		await().atMost(DELIVERY).until(() -> outboxRows(old.id()) == 0);
		assertThat(outboxRows(recent.id())).isEqualTo(1);
	}

	@Test
	void retentionCountsFromRelayNotFromEventTime() throws InterruptedException {
		SmartLifecycle relay = this.context.getBean("outboxRelay", SmartLifecycle.class);
		relay.stop();
		EventEnvelope event;
		try {
			event = this.orders.place("forgotten", 1);
			this.jdbc.update("UPDATE event_outbox SET time = ? WHERE id = ?",
					LocalDateTime.now(ZoneOffset.UTC).minusDays(30), event.id());
		}
		finally {
			relay.start();
		}
		await().atMost(DELIVERY).until(() -> relayedAt(event.id()) != null);
		Thread.sleep(700);
		assertThat(outboxRows(event.id())).isEqualTo(1);
	}

	private LocalDateTime relayedAt(String eventId) {
		return this.jdbc.queryForObject("SELECT relayed_at FROM event_outbox WHERE id = ?", LocalDateTime.class,
				eventId);
	}

	private int outboxRows(String eventId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE id = ?", Integer.class, eventId);
	}

	private int effects(String orderId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM order_effect WHERE order_id = ?", Integer.class, orderId);
	}

}

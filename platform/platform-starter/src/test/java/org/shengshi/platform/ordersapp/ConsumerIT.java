package org.shengshi.platform.ordersapp;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.OutboxReplay;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerIT extends OrdersAppSupport {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final String DEAD_LETTERS = "shengshi:events:dlq:" + SERVICE;

	@Autowired
	private OrderService orders;

	@Autowired
	private OrderPlacedHandler handler;

	@Autowired
	private OutboxReplay replay;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StringRedisTemplate redis;

	@AfterEach
	void clearTrace() {
		MDC.remove("traceparent");
	}

	@Test
	void handlerRunsOnceInsideTheTransactionWithTheEventsTraceContext() {
		String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
		MDC.put("traceparent", traceparent);
		EventEnvelope event = this.orders.place("soup", 1);
		MDC.remove("traceparent");

		await().atMost(DELIVERY).until(() -> effects(event.subject()) == 1);
		assertThat(this.jdbc.queryForObject("SELECT traceparent FROM order_effect WHERE order_id = ?", String.class,
				event.subject()))
			.isEqualTo(traceparent);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE consumer = ? AND event_id = ?",
				Integer.class, SERVICE, event.id()))
			.isEqualTo(1);
	}

	@Test
	void sameEnvelopeAppendedTwiceHasOneEffect() {
		EventEnvelope event = this.orders.place("rice", 1);
		await().atMost(DELIVERY).until(() -> effects(event.subject()) == 1);
		StreamProbe streams = new StreamProbe(this.redis);
		MapRecord<String, Object, Object> original = streams.entriesOfEvent(STREAM, event.id()).get(0);

		Map<String, String> copy = new LinkedHashMap<>();
		original.getValue().forEach((key, value) -> copy.put(String.valueOf(key), String.valueOf(value)));
		RecordId duplicate = streams.append(STREAM, copy);

		await().atMost(DELIVERY).until(() -> streams.consumed(STREAM, SERVICE, duplicate));
		assertThat(effects(event.subject())).isEqualTo(1);
	}

	@Test
	void replayFromTheOutboxHasNoSecondEffect() {
		EventEnvelope event = this.orders.place("noodles", 1);
		await().atMost(DELIVERY).until(() -> effects(event.subject()) == 1);
		StreamProbe streams = new StreamProbe(this.redis);
		await().atMost(DELIVERY).until(() -> relayed(event.id()));

		int replayed = this.replay.replay(event.time(), event.time().plusMillis(1));

		assertThat(replayed).isEqualTo(1);
		await().atMost(DELIVERY).until(() -> streams.entriesOfEvent(STREAM, event.id()).size() == 2);
		RecordId again = streams.entriesOfEvent(STREAM, event.id()).get(1).getId();
		await().atMost(DELIVERY).until(() -> streams.consumed(STREAM, SERVICE, again));
		assertThat(effects(event.subject())).isEqualTo(1);
		assertThat(relayed(event.id())).isTrue();
	}

	@Test
	void failingHandlerIsRetriedUntilItSucceedsWithOneEffect() {
		EventEnvelope event = this.orders.place("flaky-2", 1);

		await().atMost(DELIVERY).until(() -> effects(event.subject()) == 1);
		assertThat(this.handler.attempts(event.id())).isEqualTo(3);
		RecordId message = new StreamProbe(this.redis).entriesOfEvent(STREAM, event.id()).get(0).getId();
		await().atMost(DELIVERY).until(() -> new StreamProbe(this.redis).consumed(STREAM, SERVICE, message));
		assertThat(effects(event.subject())).isEqualTo(1);
		assertThat(deadLettersOf(event.id())).isEmpty();
	}

	@Test
	void poisonMessageMovesToTheDeadLetterStreamAfterMaxDeliveries() {
		EventEnvelope event = this.orders.place("poison", 1);

		await().atMost(DELIVERY).until(() -> !deadLettersOf(event.id()).isEmpty());
		assertThat(this.handler.attempts(event.id())).isEqualTo(3);
		assertThat(effects(event.subject())).isZero();
		MapRecord<String, Object, Object> deadLetter = deadLettersOf(event.id()).get(0);
		assertThat(deadLetter.getValue()).containsEntry("stream", STREAM).containsEntry("type", "order.placed");
		assertThat(String.valueOf(deadLetter.getValue().get("event"))).contains(event.subject());
		RecordId message = RecordId.of(String.valueOf(deadLetter.getValue().get("messageId")));
		assertThat(new StreamProbe(this.redis).consumed(STREAM, SERVICE, message)).isTrue();
	}

	@Test
	void unreadableMessageMovesToTheDeadLetterStreamWithoutRetries() {
		StreamProbe streams = new StreamProbe(this.redis);
		RecordId garbage = streams.append(STREAM, Map.of("id", "garbage-1", "type", "order.placed", "event", "{"));

		await().atMost(DELIVERY).until(() -> !deadLettersOf("garbage-1").isEmpty());
		assertThat(deadLettersOf("garbage-1").get(0).getValue()).containsEntry("reason", "unreadable envelope");
		assertThat(streams.consumed(STREAM, SERVICE, garbage)).isTrue();
	}

	private List<MapRecord<String, Object, Object>> deadLettersOf(String eventId) {
		return new StreamProbe(this.redis).entriesOfEvent(DEAD_LETTERS, eventId);
	}

	private boolean relayed(String eventId) {
		return this.jdbc.queryForObject("SELECT relayed_at IS NOT NULL FROM event_outbox WHERE id = ?", Boolean.class,
				eventId);
	}

	private int effects(String orderId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM order_effect WHERE order_id = ?", Integer.class, orderId);
	}

}

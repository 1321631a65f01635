package org.shengshi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * payment.succeeded arrives on payment-adapter's real Redis stream, as the relay would
 * write it.
 */
class PaymentEventIT extends CaseServiceSupport {

	private static final String STREAM = "shengshi:events:payment-adapter";

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void paymentCompletesTheCaseOnceEvenWhenDeliveredTwice() {
		String id = awaitingPayment();
		String eventId = UUID.randomUUID().toString();

		xadd(eventId, id, 5000);
		xadd(eventId, id, 5000);

		await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(id)));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> events(id, "case.paid") == 1);
		assertThat(events(id, "case.completed")).isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM case_timeline WHERE case_id = ? AND action = 'CONFIRM_PAYMENT'", Integer.class,
				id))
			.isOne();
	}

	@Test
	void aSecondPaymentEventForAPaidCaseChangesNothing() {
		String id = awaitingPayment();
		xadd(UUID.randomUUID().toString(), id, 5000);
		await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(id)));

		String other = UUID.randomUUID().toString();
		xadd(other, id, 5000);

		await().atMost(Duration.ofSeconds(20)).until(() -> handled(other));
		assertThat(events(id, "case.completed")).isOne();
	}

	@Test
	void aWrongAmountLeavesTheCaseWaiting() {
		String id = awaitingPayment();
		String eventId = UUID.randomUUID().toString();
		xadd(eventId, id, 1);
		String marker = UUID.randomUUID().toString();
		xadd(marker, UUID.randomUUID().toString(), 1);

		await().atMost(Duration.ofSeconds(20)).until(() -> handled(marker));
		assertThat(status(id)).isEqualTo("AWAITING_PAYMENT");
		assertThat(handled(eventId)).isFalse();
	}

	private String awaitingPayment() {
		String id = submitted(newSubject(), FEE_ITEM).path("id").asString();
		act(id, officer("o-pay", DEPT), 1, "ACCEPT", null);
		act(id, officer("o-pay", DEPT), 2, "START_REVIEW", null);
		act(id, officer("o-pay", DEPT), 3, "APPROVE", null);
		assertThat(status(id)).isEqualTo("AWAITING_PAYMENT");
		return id;
	}

	private void xadd(String eventId, String caseId, long amountFen) {
		String envelope = """
				{"id":"%s","type":"payment.succeeded","source":"payment-adapter","subject":"%s","time":"%s",
				 "dataVersion":1,"data":{"orderId":"po-%s","businessRef":"%s","amountFen":%d},"traceparent":null}
				""".formatted(eventId, caseId, Instant.now(), eventId, caseId, amountFen);
		this.redis.opsForStream().add(STREAM, Map.of("id", eventId, "type", "payment.succeeded", "event", envelope));
	}

	private String status(String id) {
		return this.jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, id);
	}

	private int events(String caseId, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, caseId, type);
	}

	private boolean handled(String eventId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?", Integer.class,
				eventId) == 1;
	}

}

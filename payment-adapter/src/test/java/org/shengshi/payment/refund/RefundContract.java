package org.shengshi.payment.refund;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refund guarantees every channel keeps (WeChat Pay's are in {@code RefundIT}),
 * exercised through the API against the channel's WireMock sandbox: full and partial,
 * never more than paid, idempotent, a timeout or 500 resolved by the sweep with the same
 * refund number, the refund notification applied once, a tampered or mismatching one
 * accepted never and audited. Subclasses speak the channel's language.
 */
abstract class RefundContract extends PaymentServiceSupport {

	@Autowired
	protected OrderLedger ledger;

	@Autowired
	protected RefundService refunds;

	@Autowired
	protected RefundMapper refundRows;

	@Autowired
	protected JdbcTemplate jdbc;

	/** {@code ALIPAY} or {@code UNIONPAY}. */
	abstract String channel();

	/** Resets the sandbox; it accepts pre-orders. */
	abstract void resetSandbox();

	abstract CallbackRequest paidCallback(PaymentOrder order, Fen amount);

	abstract boolean acknowledged(HttpResponse<String> reply);

	/** The channel accepts refunds and, as far as it says, completes them. */
	abstract void acceptsRefunds(Fen refund);

	/** The status our refund has right after the channel accepted it. */
	abstract RefundStatus statusWhenAccepted();

	/** The channel accepts refunds but completes them later (notification or query). */
	abstract void acceptsRefundsPending(Fen refund);

	/** Brings an accepted refund to its final success the channel's way. */
	abstract void completeAccepted(PaymentOrder order, RefundRow refund, Fen refundedTotal);

	abstract void refundAnswersAfterTheReadTimeout(Fen refund);

	abstract void refundAnswers500();

	abstract void refundQueryReportsSucceeded(RefundRow refund);

	abstract void refundQueryFindsNothing(RefundRow refund);

	/** The channel refuses refund requests with a final business code. */
	abstract void refusesRefunds();

	/** Refund requests the sandbox received. */
	abstract List<String> refundRequestBodies();

	/** The channel's notification that {@code refund} succeeded, signed. */
	abstract CallbackRequest refundCallback(PaymentOrder order, RefundRow refund, Fen refundedTotal);

	/** Every tampered variant of that notification. */
	abstract List<CallbackRequest> tamperedRefundCallbacks(PaymentOrder order, RefundRow refund, Fen refundedTotal);

	/** A genuinely signed refund notification that does not match our refund. */
	abstract CallbackRequest mismatchingRefundCallback(PaymentOrder order, RefundRow refund);

	@BeforeEach
	void sandboxAcceptsPreOrders() {
		resetSandbox();
	}

	private String callbackPath() {
		return "/api/v1/payments/callbacks/" + channel().toLowerCase(java.util.Locale.ROOT);
	}

	protected HttpResponse<String> deliver(CallbackRequest callback) {
		return postRaw(callbackPath(), callback.headers(), callback.rawBody());
	}

	protected PaymentOrder paidOrder(long amountFen) {
		String id = createOrder(channel(), amountFen);
		PaymentOrder order = this.ledger.byId(id).orElseThrow();
		assertThat(acknowledged(deliver(paidCallback(order, Fen.of(amountFen))))).isTrue();
		PaymentOrder paid = this.ledger.byId(id).orElseThrow();
		assertThat(paid.status()).isEqualTo(OrderStatus.SUCCEEDED);
		return paid;
	}

	protected HttpResponse<String> refund(String orderId, long amountFen, String key) {
		return postJson("/api/v1/payments/orders/" + orderId + "/refunds",
				JWT.client("case-service", "system").bearer(),
				"{\"amountFen\":%d,\"reason\":\"不予受理退费\"}".formatted(amountFen), Map.of("Idempotency-Key", key));
	}

	protected HttpResponse<String> refund(String orderId, long amountFen) {
		return refund(orderId, amountFen, UUID.randomUUID().toString());
	}

	protected RefundRow row(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.refundRows.findById(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
	}

	protected List<String> refundedEvents(String orderId) {
		return this.jdbc.queryForList(
				"SELECT payload FROM event_outbox WHERE subject = ? AND type = 'payment.refunded'", String.class,
				orderId);
	}

	/** Refund requests for this refund number the channel received. */
	private long requestsFor(RefundRow refund) {
		return refundRequestBodies().stream().filter((body) -> body.contains(refund.outRefundNo())).count();
	}

	private OrderStatus status(PaymentOrder order) {
		return this.ledger.byId(order.id()).orElseThrow().status();
	}

	private int audits(String kind) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM security_audit WHERE kind = ? AND channel = ?",
				Integer.class, kind, channel());
	}

	@Test
	void aFullRefundRefundsTheOrderAndPublishesPaymentRefundedOnce() {
		PaymentOrder order = paidOrder(2500);
		acceptsRefunds(Fen.of(2500));

		RefundRow refund = row(refund(order.id(), 2500));
		assertThat(refund.status()).isEqualTo(statusWhenAccepted());
		completeAccepted(order, refund, Fen.of(2500));

		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
		PaymentOrder after = this.ledger.byId(order.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(after.refundedAmount()).isEqualTo(Fen.of(2500));
		assertThat(refundedEvents(order.id())).singleElement()
			.satisfies((event) -> assertThat(event).contains("\"refundId\":\"" + refund.id() + "\"")
				.contains("\"amountFen\":2500")
				.contains("\"refundedFen\":2500")
				.contains("\"channel\":\"" + channel() + "\""));
		assertThat(refundRequestBodies()).singleElement().asString().contains(refund.outRefundNo());
	}

	@Test
	void twoPartialRefundsMoveTheOrderToPartiallyRefundedThenRefunded() {
		PaymentOrder order = paidOrder(1000);
		acceptsRefunds(Fen.of(300));
		completeAccepted(order, row(refund(order.id(), 300)), Fen.of(300));
		assertThat(status(order)).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
		acceptsRefunds(Fen.of(700));

		completeAccepted(order, row(refund(order.id(), 700)), Fen.of(1000));

		assertThat(status(order)).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refundedEvents(order.id())).hasSize(2)
			.anyMatch((event) -> event.contains("\"amountFen\":300") && event.contains("\"refundedFen\":300"))
			.anyMatch((event) -> event.contains("\"amountFen\":700") && event.contains("\"refundedFen\":1000"));
	}

	@Test
	void aRefundBeyondWhatIsLeftIsRefusedAndNeverReachesTheChannel() {
		PaymentOrder order = paidOrder(1000);
		acceptsRefunds(Fen.of(600));
		completeAccepted(order, row(refund(order.id(), 600)), Fen.of(600));

		HttpResponse<String> refused = refund(order.id(), 401);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("REFUND_EXCEEDS_PAID").contains("\"refundableFen\":400");
		assertThat(refundRequestBodies()).hasSize(1);
		assertThat(this.ledger.byId(order.id()).orElseThrow().refundedAmount()).isEqualTo(Fen.of(600));
	}

	@Test
	void aRefusedRefundFailsAndFreesTheAmount() {
		PaymentOrder order = paidOrder(500);
		refusesRefunds();

		RefundRow refused = row(refund(order.id(), 500));

		assertThat(refused.status()).isEqualTo(RefundStatus.FAILED);
		assertThat(refused.failureCode()).isNotBlank();
		assertThat(this.refundRows.sumInFlight(order.id())).isZero();
		assertThat(status(order)).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(refundedEvents(order.id())).isEmpty();
		acceptsRefunds(Fen.of(500));
		assertThat(refund(order.id(), 500).statusCode()).isEqualTo(201);
	}

	@Test
	void theSameIdempotencyKeyReplaysTheRefundWithOneChannelCall() {
		PaymentOrder order = paidOrder(800);
		acceptsRefunds(Fen.of(200));
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = refund(order.id(), 200, key);
		HttpResponse<String> second = refund(order.id(), 200, key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(refundRequestBodies()).hasSize(1);
		assertThat(this.refundRows.listByOrder(order.id())).hasSize(1);
	}

	@Test
	void aRefundWhoseAnswerTimedOutStaysRequestedUntilTheSweepFindsItSucceeded() {
		PaymentOrder order = paidOrder(1500);
		refundAnswersAfterTheReadTimeout(Fen.of(1500));

		HttpResponse<String> created = refund(order.id(), 1500);

		assertThat(created.body()).contains("\"status\":\"REQUESTED\"");
		RefundRow refund = row(created);
		assertThat(status(order)).isEqualTo(OrderStatus.SUCCEEDED);
		refundQueryReportsSucceeded(refund);

		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);
		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);

		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
		assertThat(status(order)).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refundedEvents(order.id())).hasSize(1);
		assertThat(requestsFor(refund)).isEqualTo(1);
	}

	@Test
	void aRefundLostToA500IsSentAgainByTheSweepWithTheSameRefundNumber() {
		PaymentOrder order = paidOrder(900);
		refundAnswers500();
		RefundRow refund = row(refund(order.id(), 400));
		assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
		acceptsRefunds(Fen.of(400));
		refundQueryFindsNothing(refund);

		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);
		refundQueryReportsSucceeded(refund);
		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);

		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
		assertThat(requestsFor(refund)).isEqualTo(2);
		assertThat(status(order)).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
		assertThat(refundedEvents(order.id())).hasSize(1);
	}

	@Test
	void aRefundNotificationDeliveredThreeTimesIsAppliedOnce() {
		PaymentOrder order = paidOrder(1200);
		acceptsRefundsPending(Fen.of(1200));
		RefundRow refund = row(refund(order.id(), 1200));
		assertThat(refund.status()).isEqualTo(RefundStatus.PROCESSING);
		CallbackRequest callback = refundCallback(order, refund, Fen.of(1200));

		for (int i = 0; i < 3; i++) {
			assertThat(acknowledged(deliver(callback))).isTrue();
		}

		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
		assertThat(status(order)).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refundedEvents(order.id())).hasSize(1);
	}

	@Test
	void noTamperedRefundNotificationIsAcceptedAndEachIsAudited() {
		PaymentOrder order = paidOrder(1200);
		acceptsRefundsPending(Fen.of(500));
		RefundRow refund = row(refund(order.id(), 500));
		List<CallbackRequest> tampered = tamperedRefundCallbacks(order, refund, Fen.of(500));
		int auditedBefore = audits("CALLBACK_REJECTED");

		long accepted = tampered.stream().map(this::deliver).filter(this::acknowledged).count();

		assertThat(tampered).hasSizeGreaterThan(20);
		assertThat(accepted).isZero();
		assertThat(audits("CALLBACK_REJECTED") - auditedBefore).isEqualTo(tampered.size());
		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.PROCESSING);
		assertThat(status(order)).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(refundedEvents(order.id())).isEmpty();
	}

	@Test
	void aGenuineRefundNotificationThatDoesNotMatchTheRefundChangesNothingAndIsAudited() {
		PaymentOrder order = paidOrder(1200);
		acceptsRefundsPending(Fen.of(500));
		RefundRow refund = row(refund(order.id(), 500));
		int auditedBefore = audits("CALLBACK_MISMATCH");

		HttpResponse<String> reply = deliver(mismatchingRefundCallback(order, refund));

		assertThat(acknowledged(reply)).isFalse();
		assertThat(audits("CALLBACK_MISMATCH") - auditedBefore).isEqualTo(1);
		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.PROCESSING);
		assertThat(refundedEvents(order.id())).isEmpty();
	}

}

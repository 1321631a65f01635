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
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.WechatNotifications;
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RefundIT extends PaymentServiceSupport {

	private final WechatPaySandbox wechat = TestChannels.wechat();

	private final WechatNotifications notifications = new WechatNotifications();

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private RefundService refunds;

	@Autowired
	private RefundMapper refundRows;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void channelAcceptsPrepayAndRefunds() {
		this.wechat.reset();
		this.wechat.acceptsPrepay();
		this.wechat.refundsWith("SUCCESS");
	}

	private PaymentOrder paidOrder(long amountFen) {
		String id = createOrder(amountFen);
		PaymentOrder order = this.ledger.byId(id).orElseThrow();
		CallbackRequest paid = this.notifications
			.signed(this.notifications.paidParts(order.outTradeNo(), Fen.of(amountFen), Instant.now()));
		HttpResponse<String> reply = postRaw("/api/v1/payments/callbacks/wechat", paid.headers(), paid.rawBody());
		assertThat(reply.statusCode()).isEqualTo(204);
		return this.ledger.byId(id).orElseThrow();
	}

	private HttpResponse<String> refund(String orderId, long amountFen, String key) {
		return postJson("/api/v1/payments/orders/" + orderId + "/refunds",
				JWT.client("case-service", "system").bearer(),
				"{\"amountFen\":%d,\"reason\":\"不予受理退费\"}".formatted(amountFen), Map.of("Idempotency-Key", key));
	}

	private HttpResponse<String> refund(String orderId, long amountFen) {
		return refund(orderId, amountFen, UUID.randomUUID().toString());
	}

	private String refundId(HttpResponse<String> created) {
		return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
	}

	private List<String> refundedEvents(String orderId) {
		return this.jdbc.queryForList(
				"SELECT payload FROM event_outbox WHERE subject = ? AND type = 'payment.refunded'", String.class,
				orderId);
	}

	@Test
	void aFullRefundRefundsTheOrderAndPublishesPaymentRefundedOnce() {
		PaymentOrder order = paidOrder(2500);

		HttpResponse<String> created = refund(order.id(), 2500);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"SUCCEEDED\"").contains("\"amountFen\":2500");
		PaymentOrder after = this.ledger.byId(order.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(after.refundedAmount()).isEqualTo(Fen.of(2500));
		List<String> events = refundedEvents(order.id());
		assertThat(events).hasSize(1);
		assertThat(events.get(0)).contains("\"orderId\":\"" + order.id() + "\"")
			.contains("\"businessRef\":\"" + order.businessRef() + "\"")
			.contains("\"refundId\":\"" + refundId(created) + "\"")
			.contains("\"amountFen\":2500")
			.contains("\"refundedFen\":2500")
			.contains("\"channel\":\"WECHAT\"");
		assertThat(this.wechat.requests(Operation.REFUND)).allMatch(this.wechat::isSignedByMerchant);
	}

	@Test
	void twoPartialRefundsMoveTheOrderToPartiallyRefundedThenRefunded() {
		PaymentOrder order = paidOrder(1000);

		assertThat(refund(order.id(), 300).statusCode()).isEqualTo(201);
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
		assertThat(refund(order.id(), 700).statusCode()).isEqualTo(201);

		PaymentOrder after = this.ledger.byId(order.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(after.refundedAmount()).isEqualTo(Fen.of(1000));
		assertThat(refundedEvents(order.id())).hasSize(2)
			.anyMatch((event) -> event.contains("\"amountFen\":300") && event.contains("\"refundedFen\":300"))
			.anyMatch((event) -> event.contains("\"amountFen\":700") && event.contains("\"refundedFen\":1000"));
	}

	@Test
	void aRefundBeyondWhatIsLeftIsRefusedAndNeverReachesTheChannel() {
		PaymentOrder order = paidOrder(1000);
		assertThat(refund(order.id(), 600).statusCode()).isEqualTo(201);

		HttpResponse<String> refused = refund(order.id(), 401);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("REFUND_EXCEEDS_PAID").contains("\"refundableFen\":400");
		assertThat(this.wechat.bookedRefunds()).isEqualTo(1);
		assertThat(this.ledger.byId(order.id()).orElseThrow().refundedAmount()).isEqualTo(Fen.of(600));
	}

	@Test
	void twelveConcurrentRefundsNeverReserveMoreThanWasPaid() throws Exception {
		PaymentOrder order = paidOrder(1000);
		this.wechat.refundsWith("PROCESSING");
		int created = 0;
		int refused = 0;
		for (int status : statusesSentTogether(12, () -> refund(order.id(), 300))) {
			created += (status == 201) ? 1 : 0;
			refused += (status == 409) ? 1 : 0;
		}

		assertThat(created).isEqualTo(3);
		assertThat(refused).isEqualTo(9);
		assertThat(this.wechat.bookedRefunds()).isEqualTo(3);
		assertThat(this.refundRows.sumInFlight(order.id())).isEqualTo(900);
	}

	@Test
	void theSameIdempotencyKeyReplaysTheRefundWithOneChannelCall() {
		PaymentOrder order = paidOrder(800);
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = refund(order.id(), 200, key);
		HttpResponse<String> second = refund(order.id(), 200, key);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(this.wechat.requests(Operation.REFUND)).hasSize(1);
		assertThat(this.ledger.byId(order.id()).orElseThrow().refundedAmount()).isEqualTo(Fen.of(200));
	}

	@Test
	void aRefundWhoseAnswerTimedOutStaysRequestedUntilTheSweepFindsItSucceeded() {
		PaymentOrder order = paidOrder(1500);
		this.wechat.booksRefundsButAnswersAfter(TestChannels.TIMEOUT_DELAY);

		HttpResponse<String> created = refund(order.id(), 1500);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"REQUESTED\"");
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SUCCEEDED);
		this.wechat.refundQueriesAnswer("SUCCESS");

		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);
		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);

		assertThat(this.refundRows.findById(refundId(created)).status()).isEqualTo(RefundStatus.SUCCEEDED);
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refundedEvents(order.id())).hasSize(1);
		assertThat(this.wechat.bookedRefunds()).isEqualTo(1);
	}

	@Test
	void aRefundLostToA500IsSentAgainByTheSweepWithTheSameRefundNumber() {
		PaymentOrder order = paidOrder(900);
		this.wechat.returns500On(Operation.REFUND);
		HttpResponse<String> created = refund(order.id(), 400);
		assertThat(created.body()).contains("\"status\":\"REQUESTED\"");
		this.wechat.refundsWith("SUCCESS");
		this.wechat.refundQueriesAnswer("SUCCESS");

		this.refunds.sweepOnce(Instant.now().plusSeconds(1), 1000);

		RefundRow row = this.refundRows.findById(refundId(created));
		assertThat(row.status()).isEqualTo(RefundStatus.SUCCEEDED);
		assertThat(this.wechat.requests(Operation.REFUND)).hasSize(2)
			.allMatch((request) -> request.getBodyAsString().contains(row.outRefundNo()));
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
	}

	@Test
	void aRefusedRefundFailsAndFreesTheAmount() {
		PaymentOrder order = paidOrder(500);
		this.wechat.rejectsRefund("NOT_ENOUGH");

		HttpResponse<String> created = refund(order.id(), 500);

		assertThat(created.body()).contains("\"status\":\"FAILED\"").contains("\"failureCode\":\"NOT_ENOUGH\"");
		assertThat(this.refundRows.sumInFlight(order.id())).isZero();
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(refundedEvents(order.id())).isEmpty();
	}

	@Test
	void aRefundCallbackDeliveredTwiceIsAppliedOnce() {
		PaymentOrder order = paidOrder(1200);
		this.wechat.refundsWith("PROCESSING");
		HttpResponse<String> created = refund(order.id(), 1200);
		assertThat(created.body()).contains("\"status\":\"PROCESSING\"");
		RefundRow row = this.refundRows.findById(refundId(created));
		CallbackRequest callback = this.notifications.signed(this.notifications.refundParts(order.outTradeNo(),
				row.outRefundNo(), Fen.of(1200), Fen.of(1200), Instant.now()));

		for (int i = 0; i < 3; i++) {
			assertThat(
					postRaw("/api/v1/payments/callbacks/wechat", callback.headers(), callback.rawBody()).statusCode())
				.isEqualTo(204);
		}

		assertThat(this.refundRows.findById(row.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refundedEvents(order.id())).hasSize(1);
	}

	@Test
	void aRefundCallbackForAnotherAmountChangesNothingAndIsAudited() {
		PaymentOrder order = paidOrder(1200);
		this.wechat.refundsWith("PROCESSING");
		RefundRow row = this.refundRows.findById(refundId(refund(order.id(), 500)));
		CallbackRequest callback = this.notifications.signed(this.notifications.refundParts(order.outTradeNo(),
				row.outRefundNo(), Fen.of(1200), Fen.of(1200), Instant.now()));

		HttpResponse<String> reply = postRaw("/api/v1/payments/callbacks/wechat", callback.headers(),
				callback.rawBody());

		assertThat(reply.statusCode()).isEqualTo(400);
		assertThat(this.refundRows.findById(row.id()).status()).isEqualTo(RefundStatus.PROCESSING);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM security_audit WHERE out_trade_no = ? AND kind = 'CALLBACK_MISMATCH'",
				Integer.class, order.outTradeNo()))
			.isEqualTo(1);
	}

	@Test
	void onlySystemClientsAndPlatformAdminsMayRefundAndTheKeyIsRequired() {
		PaymentOrder order = paidOrder(300);
		String path = "/api/v1/payments/orders/" + order.id() + "/refunds";
		String body = "{\"amountFen\":100,\"reason\":\"退费\"}";
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

		assertThat(postJson(path, null, body, key).statusCode()).isEqualTo(401);
		assertThat(postJson(path, JWT.resident("resident-9").bearer(), body, key).statusCode()).isEqualTo(403);
		assertThat(postJson(path, JWT.client("case-service", "system").bearer(), body, Map.of()).statusCode())
			.isEqualTo(400);
		assertThat(postJson(path, JWT.staff("admin-1", "dept-1", "platform_admin").bearer(), body, key).statusCode())
			.isEqualTo(201);
		assertThat(get(path, JWT.client("case-service", "system").bearer()).body()).contains("\"amountFen\":100");
	}

	@Test
	void badRefundRequestsAreProblemsNotErrors() {
		PaymentOrder unpaid = this.ledger.byId(createOrder(300)).orElseThrow();

		HttpResponse<String> notPaid = refund(unpaid.id(), 100);
		HttpResponse<String> unknown = refund("no-such-order", 100);
		HttpResponse<String> zero = refund(unpaid.id(), 0);

		assertThat(notPaid.statusCode()).isEqualTo(409);
		assertThat(notPaid.body()).contains("ORDER_NOT_REFUNDABLE");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("ORDER_NOT_FOUND");
		assertThat(zero.statusCode()).isEqualTo(400);
	}

}

package org.shengshi.payment.sweep;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fault at every step the service takes with a channel (pre-order, query, close,
 * refund, refund query) leaves nothing decided wrongly, and once the channel answers
 * again the sweeps bring every order and refund to its true final state, with one event
 * each.
 */
class ChannelFaultsIT extends PaymentServiceSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WechatPaySandbox wechat = TestChannels.wechat();

	private final WechatNotifications notifications = new WechatNotifications();

	@Autowired
	private OrderSweeper sweeper;

	@Autowired
	private RefundSweeper refundSweeper;

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private JdbcTemplate jdbc;

	/** The ways a channel call can go wrong without a business answer. */
	enum ChannelFault {

		TIMEOUT, CONNECTION_RESET, MALFORMED_BODY, HTTP_500;

		void on(WechatPaySandbox sandbox, Operation operation) {
			switch (this) {
				case TIMEOUT -> sandbox.answersAfter(operation, TestChannels.TIMEOUT_DELAY);
				case CONNECTION_RESET -> sandbox.resetsConnectionOn(operation);
				case MALFORMED_BODY -> sandbox.returnsMalformedBodyOn(operation);
				case HTTP_500 -> sandbox.returns500On(operation);
			}
		}

	}

	private PaymentOrder order(String id) {
		return this.ledger.byId(id).orElseThrow();
	}

	private PaymentOrder paidOrder(long amountFen) {
		PaymentOrder order = order(createOrder(amountFen));
		CallbackRequest paid = this.notifications
			.signed(this.notifications.paidParts(order.outTradeNo(), Fen.of(amountFen), Instant.now()));
		assertThat(postRaw("/api/v1/payments/callbacks/wechat", paid.headers(), paid.rawBody()).statusCode())
			.isEqualTo(204);
		return order(order.id());
	}

	private String refund(String orderId, long amountFen) {
		HttpResponse<String> created = postJson("/api/v1/payments/orders/" + orderId + "/refunds",
				JWT.client("case-service", "system").bearer(),
				"{\"amountFen\":%d,\"reason\":\"退费\"}".formatted(amountFen),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"REQUESTED\"");
		return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
	}

	private String refundStatus(String refundId) {
		return this.jdbc.queryForObject("SELECT status FROM payment_refund WHERE id = ?", String.class, refundId);
	}

	private int events(String orderId, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, orderId, type);
	}

	/**
	 * The app retries a payment asked for while the channel failed, with the same
	 * Idempotency-Key: refused clearly (never a success without anything to pay with,
	 * which the key would replay) until the sweep placed the pre-order, then the same
	 * order with what to pay.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(ChannelFault.class)
	void aPaymentAskedForDuringAFaultIsRefusedUntilTheSweepPlacedItThenAnswersWhatToPay(ChannelFault fault) {
		this.wechat.reset();
		fault.on(this.wechat, Operation.PREPAY);
		String businessRef = "case-" + UUID.randomUUID();
		Map<String, String> key = Map.of("Idempotency-Key", "pay-" + businessRef);
		String orderId = orderWithUnknownPreOrder(businessRef, 1201, key);
		this.jdbc.update("UPDATE payment_order SET created_at = created_at - INTERVAL 1 MINUTE WHERE id = ?", orderId);

		assertThat(orderWithUnknownPreOrder(businessRef, 1201, key)).isEqualTo(orderId);
		assertThat(order(orderId).status()).isEqualTo(OrderStatus.CREATED);
		this.wechat.reset();
		this.wechat.acceptsPrepay();
		this.wechat.reportsNotFound();
		this.sweeper.resolve(order(orderId), Instant.now());
		HttpResponse<String> retried = postOrder(businessRef, "WECHAT", 1201, key);

		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
		JsonNode answered = JSON.readTree(retried.body());
		assertThat(answered.path("id").asString()).isEqualTo(orderId);
		assertThat(answered.path("status").asString()).isEqualTo("PENDING");
		assertThat(answered.path("prepayValue").asString()).startsWith("weixin://wxpay/bizpayurl");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM payment_order WHERE business_ref = ?", Integer.class,
				businessRef))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ChannelFault.class)
	void aFaultAtEveryStepLeavesNothingDecidedAndEveryOrderConvergesOnceTheChannelAnswers(ChannelFault fault) {
		this.wechat.reset();
		fault.on(this.wechat, Operation.PREPAY);
		PaymentOrder lostPrepay = order(orderWithUnknownPreOrder(1001));
		this.wechat.reset();
		this.wechat.acceptsPrepay();
		PaymentOrder paidUnseen = order(createOrder(1002));
		PaymentOrder expired = order(createOrder(1003));
		PaymentOrder paid = paidOrder(1004);
		fault.on(this.wechat, Operation.REFUND);
		String refundId = refund(paid.id(), 1004);

		fault.on(this.wechat, Operation.QUERY);
		fault.on(this.wechat, Operation.QUERY_REFUND);
		this.sweeper.resolve(order(lostPrepay.id()), Instant.now());
		this.sweeper.resolve(order(paidUnseen.id()), Instant.now());
		this.refundSweeper.sweepOnce(Instant.now().plusSeconds(600));
		this.wechat.reset();
		this.wechat.reportsTrade(expired.outTradeNo(), Fen.of(1003), "NOTPAY");
		fault.on(this.wechat, Operation.CLOSE);
		this.sweeper.resolve(order(expired.id()), expired.expiresAt().plusSeconds(1));

		assertThat(order(lostPrepay.id()).status()).isEqualTo(OrderStatus.CREATED);
		assertThat(order(paidUnseen.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order(expired.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order(paid.id()).status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(refundStatus(refundId)).isEqualTo("REQUESTED");

		this.wechat.reset();
		this.wechat.acceptsPrepay();
		this.wechat.reportsNotFound();
		this.wechat.reportsPaid(paidUnseen.outTradeNo(), Fen.of(1002));
		this.wechat.reportsTrade(expired.outTradeNo(), Fen.of(1003), "NOTPAY");
		this.wechat.acceptsClose();
		this.wechat.refundsWith("SUCCESS");
		this.wechat.refundQueriesAnswer("SUCCESS");
		this.sweeper.resolve(order(lostPrepay.id()), Instant.now());
		assertThat(order(lostPrepay.id()).status()).isEqualTo(OrderStatus.PENDING);
		this.wechat.reportsPaid(lostPrepay.outTradeNo(), Fen.of(1001));
		for (PaymentOrder each : new PaymentOrder[] { lostPrepay, paidUnseen }) {
			this.sweeper.resolve(order(each.id()), Instant.now());
			this.sweeper.resolve(order(each.id()), Instant.now());
		}
		this.sweeper.resolve(order(expired.id()), expired.expiresAt().plusSeconds(1));
		this.refundSweeper.sweepOnce(Instant.now().plusSeconds(600));
		this.refundSweeper.sweepOnce(Instant.now().plusSeconds(600));

		assertThat(order(lostPrepay.id()).status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(order(paidUnseen.id()).status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(order(expired.id()).status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(order(paid.id()).status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refundStatus(refundId)).isEqualTo("SUCCEEDED");
		assertThat(events(lostPrepay.id(), "payment.succeeded")).isEqualTo(1);
		assertThat(events(paidUnseen.id(), "payment.succeeded")).isEqualTo(1);
		assertThat(events(paid.id(), "payment.refunded")).isEqualTo(1);
		assertThat(events(expired.id(), "payment.failed")).isZero();
	}

}

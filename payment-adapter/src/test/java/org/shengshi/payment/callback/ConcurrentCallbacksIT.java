package org.shengshi.payment.callback;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicate callbacks arriving together on real MariaDB while the outbox relay claims
 * rows ({@code FOR UPDATE SKIP LOCKED}) in the same table the callbacks write their
 * events to. Every caller must get the success reply (a channel re-sends anything else),
 * and each order moves once with one event.
 */
class ConcurrentCallbacksIT extends PaymentServiceSupport {

	/** {@code -Dcallbacks.orders=400} for a heavier run than the default. */
	private static final int ORDERS = Integer.getInteger("callbacks.orders", 24);

	private static final int DUPLICATES = Integer.getInteger("callbacks.duplicates", 8);

	private final WechatPaySandbox wechat = TestChannels.wechat();

	private final WechatNotifications notifications = new WechatNotifications();

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void channelAcceptsPrepay() {
		this.wechat.reset();
		this.wechat.acceptsPrepay();
	}

	private List<Integer> deliverTogether(List<CallbackRequest> callbacks) throws Exception {
		List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
		for (CallbackRequest callback : callbacks) {
			requests.add(() -> postRaw("/api/v1/payments/callbacks/wechat", callback.headers(), callback.rawBody()));
		}
		return statusesSentTogether(requests);
	}

	private int events(String orderId, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, orderId, type);
	}

	@Test
	void duplicatePaymentCallbacksForManyOrdersAtOnceAreAllAcknowledgedAndEachOrderMovesOnceWithOneEvent()
			throws Exception {
		List<PaymentOrder> orders = new ArrayList<>();
		List<CallbackRequest> callbacks = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			PaymentOrder order = this.ledger.byId(createOrder(1000 + i)).orElseThrow();
			orders.add(order);
			CallbackRequest paid = this.notifications
				.signed(this.notifications.paidParts(order.outTradeNo(), Fen.of(1000 + i), Instant.now()));
			for (int k = 0; k < DUPLICATES; k++) {
				callbacks.add(paid);
			}
		}
		java.util.Collections.shuffle(callbacks);

		List<Integer> statuses = deliverTogether(callbacks);

		assertThat(statuses).hasSize(ORDERS * DUPLICATES).allMatch((status) -> status == 204);
		for (PaymentOrder before : orders) {
			PaymentOrder after = this.ledger.byId(before.id()).orElseThrow();
			assertThat(after.status()).isEqualTo(OrderStatus.SUCCEEDED);
			assertThat(after.version()).isEqualTo(before.version() + 1);
			assertThat(events(before.id(), "payment.succeeded")).isEqualTo(1);
		}
	}

	@Test
	void duplicateRefundCallbacksAtOnceAreAllAcknowledgedAndTheRefundIsAppliedOnce() throws Exception {
		this.wechat.refundsWith("PROCESSING");
		List<String> orderIds = new ArrayList<>();
		List<CallbackRequest> callbacks = new ArrayList<>();
		for (int i = 0; i < ORDERS / 4; i++) {
			PaymentOrder order = this.ledger.byId(createOrder(2000 + i)).orElseThrow();
			CallbackRequest paid = this.notifications
				.signed(this.notifications.paidParts(order.outTradeNo(), Fen.of(2000 + i), Instant.now()));
			assertThat(postRaw("/api/v1/payments/callbacks/wechat", paid.headers(), paid.rawBody()).statusCode())
				.isEqualTo(204);
			HttpResponse<String> refund = postJson("/api/v1/payments/orders/" + order.id() + "/refunds",
					JWT.client("case-service", "system").bearer(),
					"{\"amountFen\":%d,\"reason\":\"退费\"}".formatted(2000 + i),
					Map.of("Idempotency-Key", UUID.randomUUID().toString()));
			assertThat(refund.body()).contains("\"status\":\"PROCESSING\"");
			String outRefundNo = refund.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceAll(".*/", "")
				.replace("-", "");
			CallbackRequest refunded = this.notifications.signed(this.notifications.refundParts(order.outTradeNo(),
					outRefundNo, Fen.of(2000 + i), Fen.of(2000 + i), Instant.now()));
			for (int k = 0; k < DUPLICATES; k++) {
				callbacks.add(refunded);
			}
			orderIds.add(order.id());
		}
		java.util.Collections.shuffle(callbacks);

		List<Integer> statuses = deliverTogether(callbacks);

		assertThat(statuses).allMatch((status) -> status == 204);
		for (String orderId : orderIds) {
			assertThat(this.ledger.byId(orderId).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
			assertThat(events(orderId, "payment.refunded")).isEqualTo(1);
		}
	}

}

package org.shengshi.payment.callback;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.TestKeys;
import org.shengshi.payment.testsupport.WechatNotifications;
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackIT extends PaymentServiceSupport {

	private static final String CALLBACK = "/api/v1/payments/callbacks/wechat";

	private final WechatPaySandbox wechat = TestChannels.wechat();

	private final WechatNotifications notifications = new WechatNotifications();

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private AuditMapper audits;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void channelAcceptsPrepay() {
		this.wechat.reset();
		this.wechat.acceptsPrepay();
	}

	private PaymentOrder newOrder(long amountFen) {
		String ref = "case-" + UUID.randomUUID();
		String body = """
				{"businessRef":"%s","channel":"WECHAT","amountFen":%d,"description":"工本费","payerSubject":"resident-9"}"""
			.formatted(ref, amountFen);
		HttpResponse<String> created = postJson("/api/v1/payments/orders",
				JWT.client("case-service", "system").bearer(), body);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		return this.ledger.byId(id).orElseThrow();
	}

	private HttpResponse<String> deliver(CallbackRequest callback) {
		Map<String, String> headers = new java.util.LinkedHashMap<>(callback.headers());
		return postRaw(CALLBACK, headers, callback.rawBody());
	}

	private CallbackRequest paid(PaymentOrder order, Fen amount) {
		return this.notifications.signed(this.notifications.paidParts(order.outTradeNo(), amount, Instant.now()));
	}

	@Test
	void verifiedPaidCallbackSucceedsTheOrderAndPublishesPaymentSucceeded() {
		PaymentOrder order = newOrder(1230);

		HttpResponse<String> reply = deliver(paid(order, Fen.of(1230)));

		assertThat(reply.statusCode()).isEqualTo(204);
		PaymentOrder after = this.ledger.byId(order.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(after.paidAmount()).isEqualTo(Fen.of(1230));
		assertThat(after.channelTradeNo()).startsWith("4200000");
		List<String> payloads = this.jdbc.queryForList(
				"SELECT payload FROM event_outbox WHERE subject = ? AND type = 'payment.succeeded'", String.class,
				order.id());
		assertThat(payloads).hasSize(1);
		assertThat(payloads.get(0)).contains("\"orderId\":\"" + order.id() + "\"")
			.contains("\"businessRef\":\"" + order.businessRef() + "\"")
			.contains("\"amountFen\":1230")
			.contains("\"channel\":\"WECHAT\"");
	}

	@Test
	void twelveConcurrentDuplicateCallbacksMakeOneTransitionAndOneEvent() throws Exception {
		PaymentOrder order = newOrder(4560);
		CallbackRequest callback = paid(order, Fen.of(4560));
		for (int status : statusesSentTogether(12, () -> deliver(callback))) {
			assertThat(status).isEqualTo(204);
		}

		PaymentOrder after = this.ledger.byId(order.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(after.version()).isEqualTo(order.version() + 1);
		assertThat(outboxRows(order.id(), "payment.succeeded")).isEqualTo(1);
	}

	@Test
	void everyTamperedCallbackIsRefusedChangesNothingAndIsAudited() {
		PaymentOrder order = newOrder(1000);
		WechatNotifications.Parts parts = this.notifications.paidParts(order.outTradeNo(), Fen.of(1000), Instant.now());
		// the ±301 s variants sit one second outside the window: on a real clock they
		// race
		// with the server's clock, so the window is checked here 10 minutes out
		List<WechatNotifications.Tampered> variants = new ArrayList<>(this.notifications.tamperedVariants(parts)
			.stream()
			.filter((variant) -> !variant.name().contains("timestamp, correctly signed"))
			.toList());
		TestKeys.Credentials platform = TestKeys.of("wechat-platform");
		String body = this.notifications.signed(parts).bodyAsUtf8();
		long now = Instant.now().getEpochSecond();
		for (long skew : new long[] { -600, 600 }) {
			variants.add(new WechatNotifications.Tampered(
					"timestamp " + skew + " s, correctly signed", this.notifications.request(body,
							Long.toString(now + skew), parts.nonce(), platform.serialHex(), platform.privateKey()),
					CallbackVerification.RejectReason.STALE_TIMESTAMP));
		}
		int auditsBefore = auditRows("CALLBACK_REJECTED");

		for (WechatNotifications.Tampered variant : variants) {
			HttpResponse<String> reply = deliver(variant.request());
			assertThat(reply.statusCode()).as(variant.name()).isEqualTo(400);
			assertThat(reply.body()).as(variant.name()).contains("\"code\":\"FAIL\"");
		}

		assertThat(variants).hasSizeGreaterThan(10);
		assertThat(this.ledger.byId(order.id()).orElseThrow()).isEqualTo(order);
		assertThat(outboxRows(order.id(), "payment.succeeded")).isZero();
		assertThat(auditRows("CALLBACK_REJECTED") - auditsBefore).isEqualTo(variants.size());
	}

	@Test
	void signedCallbackWithAnotherAmountChangesNothingAndIsAudited() {
		PaymentOrder order = newOrder(1000);

		HttpResponse<String> reply = deliver(paid(order, Fen.of(1)));

		assertThat(reply.statusCode()).isEqualTo(400);
		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
		assertThat(this.audits.findByOutTradeNo(order.outTradeNo())).singleElement()
			.satisfies((entry) -> assertThat(entry.kind()).isEqualTo("CALLBACK_MISMATCH"))
			.satisfies((entry) -> assertThat(entry.reason()).contains("AMOUNT"));
	}

	@Test
	void paidCallbackBeforeThePreOrderAnswerStillSucceedsTheOrder() {
		this.wechat.reset();
		this.wechat.answersAfter(Operation.PREPAY, TestChannels.TIMEOUT_DELAY);
		PaymentOrder order = this.ledger.byId(orderWithUnknownPreOrder(321)).orElseThrow();
		assertThat(order.status()).isEqualTo(OrderStatus.CREATED);

		assertThat(deliver(paid(order, Fen.of(321))).statusCode()).isEqualTo(204);

		assertThat(this.ledger.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(outboxRows(order.id(), "payment.succeeded")).isEqualTo(1);
	}

	@Test
	void callbackForAnUnknownChannelIs404() {
		HttpResponse<String> reply = postRaw("/api/v1/payments/callbacks/paypal", Map.of(), "{}".getBytes());

		assertThat(reply.statusCode()).isEqualTo(404);
		assertThat(reply.body()).contains("CHANNEL_UNAVAILABLE");
	}

	private int outboxRows(String subject, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, subject, type);
	}

	private int auditRows(String kind) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM security_audit WHERE kind = ?", Integer.class, kind);
	}

}

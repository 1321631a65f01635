package org.shengshi.payment.sweep;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.AlipayNotifications;
import org.shengshi.payment.testsupport.AlipaySandbox;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.UnionPaySandbox;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alipay and UnionPay configured from {@code shengshi.payment.alipay.*} /
 * {@code shengshi.payment.unionpay.*} (PEM keys, as the environment passes them) and
 * exercised end to end through the API: pre-order, callback verification, query, close.
 */
class ConfiguredChannelsIT extends PaymentServiceSupport {

	private final AlipaySandbox alipay = TestChannels.alipay();

	private final UnionPaySandbox unionpay = TestChannels.unionpay();

	private final AlipayNotifications alipayNotifications = new AlipayNotifications();

	@Autowired
	private Channels channels;

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private OrderSweeper sweeper;

	@BeforeEach
	void channelsAcceptPreOrders() {
		this.alipay.reset();
		this.alipay.acceptsPrecreate();
		this.unionpay.reset();
		this.unionpay.acceptsQrApply();
	}

	private PaymentOrder create(ChannelId channel, long amountFen) {
		String body = """
				{"businessRef":"case-%s","channel":"%s","amountFen":%d,"description":"工本费","payerSubject":"resident-9"}"""
			.formatted(UUID.randomUUID(), channel, amountFen);
		HttpResponse<String> created = postJson("/api/v1/payments/orders",
				JWT.client("case-service", "system").bearer(), body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		return this.ledger.byId(id).orElseThrow();
	}

	private HttpResponse<String> deliver(String channel, CallbackRequest callback) {
		return postRaw("/api/v1/payments/callbacks/" + channel, callback.headers(), callback.rawBody());
	}

	private OrderStatus status(PaymentOrder order) {
		return this.ledger.byId(order.id()).orElseThrow().status();
	}

	@Test
	void alipayAndUnionPayAreBuiltFromConfiguration() {
		assertThat(this.channels.require(ChannelId.ALIPAY).identity())
			.isEqualTo(new ChannelIdentity(AlipayNotifications.SELLER_ID, AlipayNotifications.APP_ID));
		assertThat(this.channels.require(ChannelId.UNIONPAY).identity().merchantId()).isEqualTo(UnionPaySandbox.MER_ID);
	}

	@Test
	void anAlipayOrderIsPaidByItsVerifiedNotificationAndNoTamperedOneIsAccepted() {
		PaymentOrder order = create(ChannelId.ALIPAY, 8888);
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		List<AlipayNotifications.Tampered> tampered = this.alipayNotifications
			.tamperedVariants(this.alipayNotifications.paidParams(order.outTradeNo(), Fen.of(8888)));

		long accepted = tampered.stream()
			.map((variant) -> deliver("alipay", variant.request()))
			.filter((reply) -> reply.body().equals("success"))
			.count();

		assertThat(tampered).hasSizeGreaterThan(20);
		assertThat(accepted).isZero();
		assertThat(status(order)).isEqualTo(OrderStatus.PENDING);
		HttpResponse<String> genuine = deliver("alipay", AlipayNotifications.request(this.alipayNotifications
			.signed(this.alipayNotifications.paidParams(order.outTradeNo(), Fen.of(8888)))));
		assertThat(genuine.body()).isEqualTo("success");
		assertThat(status(order)).isEqualTo(OrderStatus.SUCCEEDED);
	}

	@Test
	void aUnionPayOrderIsPaidByItsVerifiedNotificationAndNoTamperedOneIsAccepted() {
		PaymentOrder order = create(ChannelId.UNIONPAY, 1234);
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		List<UnionPaySandbox.Tampered> tampered = this.unionpay
			.tamperedVariants(this.unionpay.paidNotification(order.outTradeNo(), Fen.of(1234)));

		tampered.forEach((variant) -> deliver("unionpay", variant.request()));

		assertThat(tampered).hasSizeGreaterThan(20);
		assertThat(status(order)).isEqualTo(OrderStatus.PENDING);
		HttpResponse<String> genuine = deliver("unionpay", this.unionpay
			.request(this.unionpay.signed(this.unionpay.paidNotification(order.outTradeNo(), Fen.of(1234)))));
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(status(order)).isEqualTo(OrderStatus.SUCCEEDED);
	}

	@Test
	void theSweepFindsAlipayAndUnionPayOrdersPaidByQuery() {
		PaymentOrder alipayOrder = create(ChannelId.ALIPAY, 4321);
		PaymentOrder unionPayOrder = create(ChannelId.UNIONPAY, 765);
		this.alipay.reportsPaid(alipayOrder.outTradeNo(), Fen.of(4321));
		this.unionpay.reportsPaid(Fen.of(765));

		this.sweeper.resolve(alipayOrder, Instant.now());
		this.sweeper.resolve(unionPayOrder, Instant.now());

		assertThat(status(alipayOrder)).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(status(unionPayOrder)).isEqualTo(OrderStatus.SUCCEEDED);
	}

	@Test
	void anExpiredUnpaidAlipayOrderIsClosedAtAlipayThenHere() {
		PaymentOrder order = create(ChannelId.ALIPAY, 999);
		this.alipay.refuses(AlipaySandbox.Operation.QUERY, "ACQ.TRADE_NOT_EXIST");
		this.alipay.acceptsClose();

		this.sweeper.resolve(order, order.expiresAt().plusSeconds(1));

		assertThat(status(order)).isEqualTo(OrderStatus.CLOSED);
		assertThat(this.alipay.requests(AlipaySandbox.Operation.CLOSE)).hasSize(1);
	}

}

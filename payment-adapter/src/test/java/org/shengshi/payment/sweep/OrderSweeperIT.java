package org.shengshi.payment.sweep;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class OrderSweeperIT extends PaymentServiceSupport {

	private final WechatPaySandbox wechat = TestChannels.wechat();

	@Autowired
	private OrderSweeper sweeper;

	@Autowired
	private SweepSettings settings;

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void channelAcceptsPrepay() {
		this.wechat.reset();
		this.wechat.acceptsPrepay();
	}

	private PaymentOrder order(String id) {
		return this.ledger.byId(id).orElseThrow();
	}

	private Instant afterExpiry(PaymentOrder order) {
		return order.expiresAt().plusSeconds(1);
	}

	@Test
	void orderPaidAtTheChannelWithoutCallbackSucceedsAndPublishesPaymentSucceeded() {
		PaymentOrder order = order(createOrder(1500));
		this.wechat.reportsPaid(order.outTradeNo(), Fen.of(1500));

		this.sweeper.resolve(order, Instant.now());

		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(outboxRows(order.id(), "payment.succeeded")).isEqualTo(1);
	}

	@Test
	void expiredUnpaidOrderIsClosedAtTheChannelThenHere() {
		PaymentOrder order = order(createOrder(1600));
		this.wechat.reportsTrade(order.outTradeNo(), Fen.of(1600), "NOTPAY");
		this.wechat.acceptsClose();

		this.sweeper.resolve(order, Instant.now());
		assertThat(order(order.id()).status()).as("not expired yet").isEqualTo(OrderStatus.PENDING);

		this.sweeper.resolve(order, afterExpiry(order));
		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(this.wechat.requests(Operation.CLOSE)).hasSize(1);
	}

	@Test
	void orderPaidJustBeforeTheCloseIsNotClosedAndTheNextSweepSucceedsIt() {
		PaymentOrder order = order(createOrder(1700));
		this.wechat.reportsTrade(order.outTradeNo(), Fen.of(1700), "NOTPAY");
		this.wechat.reportsPaidOnClose();

		this.sweeper.resolve(order, afterExpiry(order));
		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.PENDING);

		this.wechat.reportsPaid(order.outTradeNo(), Fen.of(1700));
		this.sweeper.resolve(order(order.id()), afterExpiry(order));
		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.SUCCEEDED);
	}

	@Test
	void lostPreOrderIsSentAgainWhileTheOrderIsValid() {
		this.wechat.reset();
		this.wechat.answersAfter(Operation.PREPAY, TestChannels.TIMEOUT_DELAY);
		PaymentOrder order = order(orderWithUnknownPreOrder(1800));
		assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
		this.wechat.reset();
		this.wechat.acceptsPrepay();
		this.wechat.reportsNotFound();

		this.sweeper.resolve(order, Instant.now());

		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.PENDING);
	}

	@Test
	void channelFaultsChangeNothingAndTheOrderConvergesOnceTheChannelAnswers() {
		PaymentOrder order = order(createOrder(1900));
		for (Runnable fault : new Runnable[] { () -> this.wechat.returns500On(Operation.QUERY),
				() -> this.wechat.resetsConnectionOn(Operation.QUERY),
				() -> this.wechat.returnsMalformedBodyOn(Operation.QUERY) }) {
			this.wechat.reset();
			fault.run();
			this.sweeper.resolve(order, afterExpiry(order));
			assertThat(order(order.id())).isEqualTo(order);
		}
		this.wechat.reset();
		this.wechat.reportsTrade(order.outTradeNo(), Fen.of(1900), "NOTPAY");
		this.wechat.returns500On(Operation.CLOSE);
		this.sweeper.resolve(order, afterExpiry(order));
		assertThat(order(order.id()).status()).as("close not confirmed").isEqualTo(OrderStatus.PENDING);

		this.wechat.acceptsClose();
		this.sweeper.resolve(order, afterExpiry(order));
		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
	}

	@Test
	void scheduledPassResolvesAnExpiredOrderWithinOneIntervalAfterExpiry() {
		PaymentOrder order = order(createOrder(2100));
		this.wechat.reportsNotFound();
		this.wechat.acceptsClose();
		Instant firstSweepAfterExpiry = order.expiresAt().plus(this.settings.interval());

		int looked = this.sweeper.sweepOnce(firstSweepAfterExpiry);

		assertThat(looked).isPositive();
		assertThat(order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(this.settings.interval()).isLessThanOrEqualTo(Duration.ofMinutes(1));
	}

	private int outboxRows(String subject, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, subject, type);
	}

}

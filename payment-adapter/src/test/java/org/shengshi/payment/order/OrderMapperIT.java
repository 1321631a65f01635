package org.shengshi.payment.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderMapperIT extends PaymentServiceSupport {

	@Autowired
	private OrderMapper mapper;

	@Autowired
	private PlatformTransactionManager transactions;

	static OrderRow newRow(String payer, Instant createdAt) {
		String id = OrderIds.newId(createdAt);
		PaymentOrder order = PaymentOrder.create(id, "case-" + UUID.randomUUID(), OrderIds.outTradeNo(id),
				ChannelId.WECHAT, Fen.of(1230), "居住证工本费", payer, createdAt.plus(30, ChronoUnit.MINUTES), createdAt);
		return OrderRow.of(order, null, null, createdAt);
	}

	@Test
	void insertedOrderIsFoundByIdBusinessRefAndOutTradeNo() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OrderRow row = newRow("resident-find", now);

		this.mapper.insert(row);

		assertThat(this.mapper.findById(row.id())).isEqualTo(row);
		assertThat(this.mapper.findByBusinessRef(row.businessRef())).isEqualTo(row);
		assertThat(this.mapper.findByOutTradeNo(row.outTradeNo())).isEqualTo(row);
		assertThat(this.mapper.findById("no-such-id")).isNull();
	}

	@Test
	void secondOrderForTheSameBusinessRefIsRefused() {
		OrderRow first = newRow("resident-dup", Instant.now());
		this.mapper.insert(first);
		OrderRow second = newRow("resident-dup", Instant.now());
		OrderRow sameRef = new OrderRow(second.id(), first.businessRef(), second.outTradeNo(), second.channel(),
				second.amountFen(), second.description(), second.payerSubject(), second.expiresAt(), second.status(), 0,
				0, null, null, null, second.createdAt(), second.updatedAt(), null, 0);

		assertThatThrownBy(() -> this.mapper.insert(sameRef)).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void listByPayerReturnsOnlyThatPayersOrdersNewestFirst() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String payer = "resident-" + UUID.randomUUID();
		OrderRow older = newRow(payer, now.minusSeconds(60));
		OrderRow newer = newRow(payer, now);
		this.mapper.insert(older);
		this.mapper.insert(newer);
		this.mapper.insert(newRow("someone-else", now));

		assertThat(this.mapper.listByPayer(payer, 10)).extracting(OrderRow::id).containsExactly(newer.id(), older.id());
		assertThat(this.mapper.listByPayer(payer, 1)).hasSize(1);
	}

	@Test
	void listAwaitingPaymentSkipsNewerAndFinishedOrders() {
		Instant old = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
		OrderRow waiting = newRow("resident-sweep", old);
		OrderRow recent = newRow("resident-sweep", Instant.now());
		this.mapper.insert(waiting);
		this.mapper.insert(recent);
		OrderRow closed = newRow("resident-sweep", old);
		this.mapper.insert(closed);
		PaymentOrder closedOrder = closed.toOrder().closeOnExpiry(Instant.now()).after();
		this.mapper.updateState(OrderRow.of(closedOrder, null, null, Instant.now()), 0);

		assertThat(this.mapper.listAwaitingPayment(old.plusMillis(1), 1000)).extracting(OrderRow::id)
			.contains(waiting.id())
			.doesNotContain(recent.id(), closed.id());
	}

	@Test
	void updateStateWritesOnlyWhenTheVersionIsUnchanged() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OrderRow row = newRow("resident-update", now);
		this.mapper.insert(row);
		PaymentOrder placed = row.toOrder().placePreOrder().after();
		OrderRow update = OrderRow.of(placed, "QR_CODE", "weixin://pay", now);

		assertThat(this.mapper.updateState(update, 0)).isEqualTo(1);
		assertThat(this.mapper.updateState(update, 0)).isZero();
		OrderRow stored = this.mapper.findById(row.id());
		assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.prepayValue()).isEqualTo("weixin://pay");
	}

	@Test
	void listPaidBetweenFindsTheChannelsPaidOrdersInTheHalfOpenWindow() {
		Instant day = Instant.parse("2029-07-01T00:00:00Z");
		OrderRow inside = paid(newRow("resident-paid", day), day);
		OrderRow atEnd = paid(newRow("resident-paid", day), day.plus(1, ChronoUnit.DAYS));
		OrderRow unpaid = newRow("resident-paid", day);
		this.mapper.insert(unpaid);

		assertThat(this.mapper.listPaidBetween(ChannelId.WECHAT, day, day.plus(1, ChronoUnit.DAYS)))
			.extracting(OrderRow::id)
			.containsExactly(inside.id());
		assertThat(this.mapper.listPaidBetween(ChannelId.ALIPAY, day, day.plus(1, ChronoUnit.DAYS))).isEmpty();
		assertThat(atEnd.id()).isNotEqualTo(inside.id());
	}

	@Test
	void listByOutTradeNosFindsOnlyTheNamedOrders() {
		OrderRow one = newRow("resident-many", Instant.now());
		OrderRow two = newRow("resident-many", Instant.now());
		this.mapper.insert(one);
		this.mapper.insert(two);

		assertThat(this.mapper.listByOutTradeNos(List.of(one.outTradeNo(), "no-such-number"))).extracting(OrderRow::id)
			.containsExactly(one.id());
	}

	@Test
	void lockByIdHoldsTheRowUntilTheTransactionEnds() throws Exception {
		OrderRow row = newRow("resident-lock", Instant.now());
		this.mapper.insert(row);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> tx.executeWithoutResult((status) -> {
				assertThat(this.mapper.lockById(row.id()).id()).isEqualTo(row.id());
				locked.countDown();
				await(release);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			Future<OrderRow> second = threads.submit(() -> tx.execute((status) -> this.mapper.lockById(row.id())));
			Thread.sleep(500);
			assertThat(second.isDone()).isFalse();
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			assertThat(second.get(10, TimeUnit.SECONDS).id()).isEqualTo(row.id());
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private OrderRow paid(OrderRow row, Instant paidAt) {
		this.mapper.insert(row);
		PaymentOrder paid = row.toOrder().confirmPaid(Fen.of(row.amountFen()), "4200", paidAt).after();
		assertThat(this.mapper.updateState(OrderRow.of(paid, null, null, paidAt), 0)).isEqualTo(1);
		return row;
	}

}

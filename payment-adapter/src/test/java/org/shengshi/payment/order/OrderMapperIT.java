package org.shengshi.payment.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderMapperIT extends PaymentServiceSupport {

	@Autowired
	private OrderMapper mapper;

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

}

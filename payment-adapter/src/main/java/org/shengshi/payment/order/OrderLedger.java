package org.shengshi.payment.order;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.PrepayResult;
import org.shengshi.payment.money.Fen;
import org.shengshi.platform.events.EventPublisher;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads orders and persists their changes: each applied {@link OrderChange} is written
 * with {@code WHERE id = ? AND version = ?} and its event goes to the outbox in the same
 * transaction.
 */
@Component
public class OrderLedger {

	private final OrderMapper orders;

	private final EventPublisher events;

	private final Clock clock;

	OrderLedger(OrderMapper orders, EventPublisher events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<PaymentOrder> byOutTradeNo(String outTradeNo) {
		return Optional.ofNullable(this.orders.findByOutTradeNo(outTradeNo)).map(OrderRow::toOrder);
	}

	@Transactional(readOnly = true)
	public Optional<PaymentOrder> byId(String id) {
		return Optional.ofNullable(this.orders.findById(id)).map(OrderRow::toOrder);
	}

	/**
	 * The order, locked until the caller's transaction ends, so that refunds of one order
	 * are decided one at a time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<PaymentOrder> lockById(String id) {
		return Optional.ofNullable(this.orders.lockById(id)).map(OrderRow::toOrder);
	}

	/**
	 * Persists a refund's effect on the order and publishes {@code payment.refunded} in
	 * the caller's transaction.
	 * @return {@code true} when written; {@code false} when nothing changed or the
	 * version moved on
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean saveRefund(OrderChange change, String refundId, Fen refund) {
		if (!change.changed()) {
			return false;
		}
		PaymentOrder order = change.after();
		if (this.orders.updateState(OrderRow.of(order, null, null, this.clock.instant()),
				change.before().version()) == 0) {
			return false;
		}
		this.events.publish(PaymentEvents.REFUNDED, order.id(), new PaymentEvents.PaymentRefunded(order.id(),
				order.businessRef(), refundId, refund.value(), order.refundedAmount().value(), order.channel()));
		return true;
	}

	/** Orders of {@code channel} paid in {@code [from, to)} (whatever refunded since). */
	@Transactional(readOnly = true)
	public List<PaymentOrder> paidBetween(ChannelId channel, Instant from, Instant to) {
		return this.orders.listPaidBetween(channel, from, to).stream().map(OrderRow::toOrder).toList();
	}

	/** The orders with these numbers; unknown numbers are skipped. */
	@Transactional(readOnly = true)
	public List<PaymentOrder> byOutTradeNos(Collection<String> outTradeNos) {
		if (outTradeNos.isEmpty()) {
			return List.of();
		}
		return this.orders.listByOutTradeNos(outTradeNos).stream().map(OrderRow::toOrder).toList();
	}

	/**
	 * Orders still awaiting payment created before {@code createdBefore}, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<PaymentOrder> awaitingPayment(Instant createdBefore, int limit) {
		return this.orders.listAwaitingPayment(createdBefore, limit).stream().map(OrderRow::toOrder).toList();
	}

	/**
	 * Persists {@code change} if it changed the order and nobody changed the order since
	 * it was read.
	 * @return {@code true} when written; {@code false} when there was nothing to write or
	 * the version moved on (read again and decide again)
	 */
	@Transactional
	public boolean save(OrderChange change) {
		return save(change, null);
	}

	@Transactional
	boolean save(OrderChange change, PrepayResult prepay) {
		if (!change.changed()) {
			return false;
		}
		PaymentOrder after = change.after();
		OrderRow row = OrderRow.of(after, (prepay != null) ? prepay.kind().name() : null,
				(prepay != null) ? prepay.value() : null, this.clock.instant());
		if (this.orders.updateState(row, change.before().version()) == 0) {
			return false;
		}
		publishStatusEvent(change);
		return true;
	}

	private void publishStatusEvent(OrderChange change) {
		PaymentOrder order = change.after();
		if (change.before().status() == change.after().status()) {
			return;
		}
		switch (order.status()) {
			case SUCCEEDED ->
				this.events.publish(PaymentEvents.SUCCEEDED, order.id(), new PaymentEvents.PaymentSucceeded(order.id(),
						order.businessRef(), order.paidAmount().value(), order.channel()));
			case FAILED ->
				this.events.publish(PaymentEvents.FAILED, order.id(), new PaymentEvents.PaymentFailed(order.id(),
						order.businessRef(), order.amount().value(), order.channel()));
			default -> {
				// refunds publish payment.refunded with their refund; other moves are
				// internal
			}
		}
	}

}

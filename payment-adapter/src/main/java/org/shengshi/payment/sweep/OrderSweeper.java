package org.shengshi.payment.sweep;

import java.time.Clock;
import java.time.Instant;

import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.channel.CloseResult;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderService;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No lost payment: orders awaiting payment past {@code query-after} are queried at their
 * channel. Paid there → succeeded here; failed there → failed here; expired and unpaid →
 * closed at the channel first, then here; pre-order never arrived → sent again. An
 * UNKNOWN channel answer changes nothing and the next sweep tries again.
 */
@Component
class OrderSweeper {

	private static final Logger log = LoggerFactory.getLogger(OrderSweeper.class);

	private final OrderLedger ledger;

	private final OrderService orders;

	private final Channels channels;

	private final SweepSettings settings;

	private final Clock clock;

	OrderSweeper(OrderLedger ledger, OrderService orders, Channels channels, SweepSettings settings, Clock clock) {
		this.ledger = ledger;
		this.orders = orders;
		this.channels = channels;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${shengshi.payment.sweep.interval:1m}",
			initialDelayString = "${shengshi.payment.sweep.interval:1m}")
	void scheduledSweep() {
		if (this.settings.enabled()) {
			sweepOnce(this.clock.instant());
		}
	}

	/**
	 * One pass over the oldest orders awaiting payment; returns how many were looked at.
	 */
	int sweepOnce(Instant now) {
		int count = 0;
		for (PaymentOrder order : this.ledger.awaitingPayment(now.minus(this.settings.queryAfter()),
				this.settings.batchSize())) {
			try {
				resolve(order, now);
			}
			catch (RuntimeException ex) {
				log.warn("sweep of order {} failed; next sweep retries", order.id(), ex);
			}
			count++;
		}
		return count;
	}

	void resolve(PaymentOrder order, Instant now) {
		PaymentChannel channel = this.channels.find(order.channel()).orElse(null);
		if (channel == null) {
			return;
		}
		ChannelResult<TradeSnapshot> answer = channel.query(tradeRef(order));
		if (!answer.isOk()) {
			return;
		}
		TradeSnapshot trade = answer.value();
		switch (trade.state()) {
			case PAID, REFUNDED ->
				this.ledger.save(order.confirmPaid(trade.amount(), trade.channelTradeNo(), trade.paidAt()));
			case FAILED -> this.ledger.save(order.reportFailed());
			case NOT_PAID, NOT_FOUND, CLOSED -> unpaid(channel, order, trade, now);
		}
	}

	private static TradeRef tradeRef(PaymentOrder order) {
		return new TradeRef(order.outTradeNo(), order.createdAt());
	}

	private void unpaid(PaymentChannel channel, PaymentOrder order, TradeSnapshot trade, Instant now) {
		if (now.isBefore(order.expiresAt())) {
			if (order.status() == OrderStatus.CREATED) {
				this.orders.placeAtChannel(channel, order);
			}
			return;
		}
		ChannelResult<CloseResult> closed = channel.close(tradeRef(order));
		if (closed.isOk()) {
			this.ledger.save(order.closeOnExpiry(now));
		}
		else {
			log.info("close of order {} at {} not confirmed ({}), state {}; next sweep retries", order.id(),
					channel.id(), closed.code(), trade.state());
		}
	}

}

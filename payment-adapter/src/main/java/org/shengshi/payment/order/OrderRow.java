package org.shengshi.payment.order;

import java.time.Instant;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.money.Fen;

/**
 * A {@code payment_order} row. Never leaves the service: controllers answer with
 * {@link OrderView}.
 */
record OrderRow(String id, String businessRef, String outTradeNo, ChannelId channel, long amountFen, String description,
		String payerSubject, Instant expiresAt, OrderStatus status, long paidFen, long refundedFen,
		String channelTradeNo, String prepayKind, String prepayValue, Instant createdAt, Instant updatedAt,
		Instant paidAt, long version) {

	static OrderRow of(PaymentOrder order, String prepayKind, String prepayValue, Instant now) {
		return new OrderRow(order.id(), order.businessRef(), order.outTradeNo(), order.channel(),
				order.amount().value(), order.description(), order.payerRef(), order.expiresAt(), order.status(),
				order.paidAmount().value(), order.refundedAmount().value(), order.channelTradeNo(), prepayKind,
				prepayValue, order.createdAt(), now, order.paidAt(), order.version());
	}

	PaymentOrder toOrder() {
		return new PaymentOrder(this.id, this.businessRef, this.outTradeNo, this.channel, Fen.of(this.amountFen),
				this.description, this.payerSubject, this.expiresAt, this.status, Fen.of(this.paidFen),
				Fen.of(this.refundedFen), this.channelTradeNo, this.createdAt, this.paidAt, this.version);
	}

}

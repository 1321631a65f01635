package org.shengshi.payment.callback;

import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.PaymentOrder;

/**
 * What a callback about an order must say.
 *
 * @param order the local order
 * @param identity our merchant and app at the order's channel
 */
public record OrderExpectation(PaymentOrder order, ChannelIdentity identity) {

	public static OrderExpectation of(PaymentOrder order, PaymentChannel channel) {
		return new OrderExpectation(order, channel.identity());
	}

	Fen amount() {
		return this.order.amount();
	}

}

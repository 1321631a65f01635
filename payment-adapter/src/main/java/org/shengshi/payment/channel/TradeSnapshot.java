package org.shengshi.payment.channel;

import java.time.Instant;

import org.shengshi.payment.money.Fen;

/**
 * An order as the channel sees it (answer of a query).
 *
 * @param outTradeNo our order number
 * @param state the state at the channel
 * @param amount the order amount at the channel; {@code null} when not found
 * @param channelTradeNo the channel's transaction id, {@code null} until paid
 * @param paidAt when paid, {@code null} unless paid
 */
public record TradeSnapshot(String outTradeNo, TradeState state, Fen amount, String channelTradeNo, Instant paidAt) {

	public static TradeSnapshot notFound(String outTradeNo) {
		return new TradeSnapshot(outTradeNo, TradeState.NOT_FOUND, null, null, null);
	}

}

package org.shengshi.payment.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies an order at a channel.
 *
 * @param outTradeNo our order number
 * @param createdAt when the order was sent to the channel; UnionPay needs it
 * ({@code txnTime}) to find an order, the others ignore it
 */
public record TradeRef(String outTradeNo, Instant createdAt) {

	public TradeRef {
		Objects.requireNonNull(outTradeNo, "outTradeNo");
		Objects.requireNonNull(createdAt, "createdAt");
	}

}

package org.shengshi.payment.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies a refund at a channel.
 *
 * @param trade the refunded order
 * @param outRefundNo our refund number
 * @param requestedAt when the refund was sent (UnionPay {@code txnTime} of the refund)
 */
public record RefundRef(TradeRef trade, String outRefundNo, Instant requestedAt) {

	public RefundRef {
		Objects.requireNonNull(trade, "trade");
		Objects.requireNonNull(outRefundNo, "outRefundNo");
		Objects.requireNonNull(requestedAt, "requestedAt");
	}

}

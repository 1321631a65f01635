package org.shengshi.payment.channel;

import java.time.Instant;
import java.util.Objects;

import org.shengshi.payment.money.Fen;

/**
 * A refund request. Sending the same {@code outRefundNo} again never refunds twice at any
 * of our channels; that is what makes a retry after an UNKNOWN outcome safe.
 *
 * @param trade the paid order
 * @param channelTradeNo the channel's transaction id (UnionPay {@code origQryId}); may be
 * {@code null} for channels that find the order by {@code outTradeNo}
 * @param outRefundNo our refund number, unique per refund
 * @param refund amount to refund
 * @param orderTotal the order's total amount
 * @param reason shown to the payer
 * @param requestedAt when the refund was first requested; resend it unchanged on a retry
 * (UnionPay {@code txnTime} of the refund)
 */
public record RefundRequest(TradeRef trade, String channelTradeNo, String outRefundNo, Fen refund, Fen orderTotal,
		String reason, Instant requestedAt) {

	public RefundRequest {
		Objects.requireNonNull(trade, "trade");
		Objects.requireNonNull(outRefundNo, "outRefundNo");
		Objects.requireNonNull(refund, "refund");
		Objects.requireNonNull(orderTotal, "orderTotal");
		Objects.requireNonNull(requestedAt, "requestedAt");
		if (refund.isZero() || refund.exceeds(orderTotal)) {
			throw new IllegalArgumentException("refund must be positive and at most the order total");
		}
	}

	public RefundRef refundRef() {
		return new RefundRef(this.trade, this.outRefundNo, this.requestedAt);
	}

}

package org.shengshi.payment.refund;

import java.time.Instant;

import org.shengshi.payment.money.Fen;

/**
 * A stored refund as other features (callbacks, reconciliation) see it.
 *
 * @param id the refund id
 * @param orderId the refunded order
 * @param outRefundNo our refund number at the channel
 * @param amount the refund amount
 * @param status its status
 * @param succeededAt when it succeeded, else {@code null}
 */
public record StoredRefund(String id, String orderId, String outRefundNo, Fen amount, RefundStatus status,
		Instant succeededAt) {

	static StoredRefund of(RefundRow row) {
		return new StoredRefund(row.id(), row.orderId(), row.outRefundNo(), Fen.of(row.amountFen()), row.status(),
				row.succeededAt());
	}

}

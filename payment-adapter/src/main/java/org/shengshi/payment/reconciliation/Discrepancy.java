package org.shengshi.payment.reconciliation;

import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderStatus;

/**
 * One difference between a channel statement and the ledger.
 *
 * @param type what differs
 * @param outTradeNo the order concerned
 * @param outRefundNo the refund concerned, or {@code null} for a payment
 * @param channelAmount the amount on the statement, or {@code null} if absent there
 * @param localAmount the amount in the ledger, or {@code null} if absent here
 * @param localStatus the order's local status, or {@code null} if absent here
 * @param channelTradeNo the channel's transaction id, if on the statement
 */
public record Discrepancy(DiscrepancyType type, String outTradeNo, String outRefundNo, Fen channelAmount,
		Fen localAmount, OrderStatus localStatus, String channelTradeNo) {

	public DiscrepancyCategory category() {
		return this.type.category();
	}

	public boolean autoRepairable() {
		return this.type.autoRepairable();
	}

}

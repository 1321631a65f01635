package org.shengshi.payment.order;

import java.time.Instant;

import org.shengshi.payment.channel.ChannelId;

/**
 * A payment order as the API shows it.
 *
 * @param prepayKind {@code QR_CODE} or {@code PREPAY_ID} once the channel accepted the
 * pre-order
 * @param prepayValue what the payer's app needs to pay
 */
public record OrderView(String id, String businessRef, ChannelId channel, long amountFen, String description,
		OrderStatus status, long paidFen, long refundedFen, String prepayKind, String prepayValue, Instant expiresAt,
		Instant createdAt, Instant paidAt) {

	static OrderView of(OrderRow row) {
		return new OrderView(row.id(), row.businessRef(), row.channel(), row.amountFen(), row.description(),
				row.status(), row.paidFen(), row.refundedFen(), row.prepayKind(), row.prepayValue(), row.expiresAt(),
				row.createdAt(), row.paidAt());
	}

}

package org.shengshi.cases.remote;

import java.time.Instant;

/**
 * payment-adapter's order as it answers it (unknown fields ignored).
 *
 * @param id the order id
 * @param businessRef the case id
 * @param channel the channel
 * @param amountFen amount in fen
 * @param status order status
 * @param prepayKind what {@code prepayValue} is (QR content, prepay id ...)
 * @param prepayValue what the payer's app needs to pay
 * @param expiresAt when the order closes unpaid
 * @param createdAt when created
 */
public record PaymentOrder(String id, String businessRef, String channel, long amountFen, String status,
		String prepayKind, String prepayValue, Instant expiresAt, Instant createdAt) {
}

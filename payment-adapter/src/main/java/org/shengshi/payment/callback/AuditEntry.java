package org.shengshi.payment.callback;

import java.time.Instant;

import org.shengshi.payment.channel.ChannelId;

/**
 * A {@code security_audit} row: a callback that was refused or disagreed with our order.
 *
 * @param kind {@code CALLBACK_REJECTED} (did not verify), {@code CALLBACK_MISMATCH}
 * (verified, disagrees with the order), {@code CALLBACK_UNKNOWN_ORDER},
 * {@code CALLBACK_ANOMALY} (verified and matching, refused by the state machine)
 * @param reason the stable reason (reject reason, mismatches, anomaly)
 * @param detail a short description without body content or personal data
 */
record AuditEntry(String id, String kind, ChannelId channel, String reason, String detail, String outTradeNo,
		Instant occurredAt) {

}

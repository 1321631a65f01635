package org.shengshi.payment.callback;

/** A way a verified callback disagrees with the order it names. */
public enum Mismatch {

	/** Sent by another channel than the order's. */
	CHANNEL,
	/** Names another order number. */
	ORDER,
	/** Another amount than the order's (payment) or the refund's (refund). */
	AMOUNT,
	/** Addressed to another merchant. */
	MERCHANT,
	/** Addressed to another app. */
	APP_ID,
	/** Names another refund number. */
	REFUND,
	/** The refunded total the channel reports exceeds the paid amount. */
	REFUND_EXCEEDS_PAID

}

package org.shengshi.payment.order;

/**
 * What can happen to a payment order. Each edge of {@link OrderTransitions} names one.
 */
public enum OrderEvent {

	/** The channel accepted the pre-order (prepay id / QR code received). */
	PRE_ORDER_PLACED,
	/**
	 * The channel definitively refused the pre-order (never after an unknown outcome).
	 */
	PRE_ORDER_REJECTED,
	/** A verified callback or an active query says the order is paid. */
	CHANNEL_CONFIRMED_PAID,
	/** A verified callback or an active query says the payment failed for good. */
	CHANNEL_REPORTED_FAILED,
	/** The order expired unpaid and the channel confirmed it is closed there. */
	CLOSED_ON_EXPIRY,
	/** A refund of part of the remaining paid amount succeeded at the channel. */
	REFUND_PARTIAL_SUCCEEDED,
	/**
	 * A refund that brings the refunded total to the paid amount succeeded at the
	 * channel.
	 */
	REFUND_FULL_SUCCEEDED

}

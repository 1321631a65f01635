package org.shengshi.payment.order;

/**
 * Status of a payment order. {@link #FAILED}, {@link #CLOSED} and {@link #REFUNDED} are
 * terminal: no event changes them.
 */
public enum OrderStatus {

	/**
	 * Stored locally; the channel pre-order has not been confirmed (yet, or its answer
	 * was lost).
	 */
	CREATED,
	/** The channel accepted the pre-order; the payer may pay. */
	PENDING,
	/** The channel confirmed the payment. */
	SUCCEEDED,
	/** The channel refused the pre-order or reported the payment failed. */
	FAILED,
	/** Closed (at the channel first) after the order expired unpaid. */
	CLOSED,
	/** Part of the paid amount has been refunded. */
	PARTIALLY_REFUNDED,
	/** The whole paid amount has been refunded. */
	REFUNDED;

	public boolean isTerminal() {
		return this == FAILED || this == CLOSED || this == REFUNDED;
	}

	/**
	 * Money has reached the merchant for this order (whatever has been refunded since).
	 */
	public boolean isPaid() {
		return this == SUCCEEDED || this == PARTIALLY_REFUNDED || this == REFUNDED;
	}

	/** The order still waits for the payer. */
	public boolean isAwaitingPayment() {
		return this == CREATED || this == PENDING;
	}

}

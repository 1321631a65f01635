package org.shengshi.payment.refund;

/**
 * Status of a refund. {@link #SUCCEEDED} and {@link #FAILED} are terminal; the others are
 * "in flight": their amount is reserved against the order's refundable amount and the
 * sweep queries them until the channel gives a final answer.
 */
public enum RefundStatus {

	/** Stored and sent (or about to be); the channel's answer is not known yet. */
	REQUESTED,
	/** The channel accepted the refund; the money is on its way. */
	PROCESSING,
	/** The money went back to the payer. */
	SUCCEEDED,
	/** The channel refused or closed the refund; nothing was returned. */
	FAILED,
	/** Stuck at the channel (e.g. the payer's card was cancelled): needs an operator. */
	ABNORMAL;

	public boolean isTerminal() {
		return this == SUCCEEDED || this == FAILED;
	}

}

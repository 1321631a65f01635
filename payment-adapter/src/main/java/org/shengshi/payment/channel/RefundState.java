package org.shengshi.payment.channel;

/** A refund's state at the channel. */
public enum RefundState {

	/** The channel has no such refund. */
	NOT_FOUND,
	/** Accepted, money on its way (WeChat PROCESSING, UnionPay accepted). */
	PROCESSING,
	/** The money went back to the payer. */
	SUCCEEDED,
	/** The refund will not happen (WeChat CLOSED); a new refund number is needed. */
	FAILED,
	/**
	 * Stuck and needs an operator at the channel (WeChat ABNORMAL: card frozen or
	 * cancelled).
	 */
	ABNORMAL

}

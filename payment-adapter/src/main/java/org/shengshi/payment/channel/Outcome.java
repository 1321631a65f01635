package org.shengshi.payment.channel;

/** How a channel call ended, as far as money is concerned. */
public enum Outcome {

	/** The channel answered and the answer is verified and understood. */
	OK,
	/**
	 * The channel answered that it did not and will not do this (e.g. 4xx with a business
	 * code).
	 */
	DEFINITIVE_FAILURE,
	/**
	 * We do not know whether the channel acted: timeout, reset, 5xx, malformed or
	 * unsigned answer. Resolve by querying; never treat as failed.
	 */
	UNKNOWN

}

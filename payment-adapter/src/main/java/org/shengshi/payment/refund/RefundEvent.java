package org.shengshi.payment.refund;

import org.shengshi.payment.channel.RefundState;

/** What a channel can say about a refund (answer, query or verified callback). */
public enum RefundEvent {

	/** Accepted, still processing. */
	CHANNEL_ACCEPTED,
	/** The refund succeeded. */
	CHANNEL_SUCCEEDED,
	/** The refund will not happen. */
	CHANNEL_FAILED,
	/** The refund is stuck and needs an operator at the channel. */
	CHANNEL_ABNORMAL;

	/** The event a channel state means; {@code null} for NOT_FOUND (nothing to apply). */
	static RefundEvent of(RefundState state) {
		return switch (state) {
			case NOT_FOUND -> null;
			case PROCESSING -> CHANNEL_ACCEPTED;
			case SUCCEEDED -> CHANNEL_SUCCEEDED;
			case FAILED -> CHANNEL_FAILED;
			case ABNORMAL -> CHANNEL_ABNORMAL;
		};
	}

}

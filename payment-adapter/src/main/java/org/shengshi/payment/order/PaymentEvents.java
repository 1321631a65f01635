package org.shengshi.payment.order;

import org.shengshi.payment.channel.ChannelId;

/**
 * Data of the events payment-adapter publishes (stream
 * {@code shengshi:events:payment-adapter}, subject = order id). The contracts are
 * documented in {@code docs/architecture.md}.
 */
public final class PaymentEvents {

	public static final String SUCCEEDED = "payment.succeeded";

	public static final String FAILED = "payment.failed";

	public static final String REFUNDED = "payment.refunded";

	private PaymentEvents() {
	}

	/** {@code payment.succeeded}: the channel confirmed the full amount was paid. */
	public record PaymentSucceeded(String orderId, String businessRef, long amountFen, ChannelId channel) {

	}

	/**
	 * {@code payment.failed}: the channel refused the order or reported the payment
	 * failed for good.
	 */
	public record PaymentFailed(String orderId, String businessRef, long amountFen, ChannelId channel) {

	}

	/**
	 * {@code payment.refunded}: a refund succeeded at the channel.
	 *
	 * @param refundId the refund's id
	 * @param amountFen this refund's amount
	 * @param refundedFen the order's refunded total after this refund (equal to the paid
	 * amount when the order is fully refunded)
	 */
	public record PaymentRefunded(String orderId, String businessRef, String refundId, long amountFen, long refundedFen,
			ChannelId channel) {

	}

}

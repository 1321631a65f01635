package org.shengshi.payment.channel;

import java.time.LocalDate;

/**
 * One payment channel. Implementations talk HTTP with explicit timeouts and never throw
 * for a channel problem: every call answers OK, DEFINITIVE_FAILURE or UNKNOWN.
 */
public interface PaymentChannel {

	ChannelId id();

	/**
	 * Merchant and app id this channel is configured with (callbacks must match them).
	 */
	ChannelIdentity identity();

	/** Pre-order (下单). Resending the same {@code outTradeNo} after UNKNOWN is safe. */
	ChannelResult<PrepayResult> createOrder(PrepayRequest request);

	/** Active query by our order number; NOT_FOUND is an OK answer. */
	ChannelResult<TradeSnapshot> query(TradeRef trade);

	/**
	 * Closes an unpaid order so it can no longer be paid. DEFINITIVE_FAILURE with code
	 * {@code ORDER_PAID} when it was paid meanwhile: apply the payment instead.
	 */
	ChannelResult<CloseResult> close(TradeRef trade);

	/** Requests a refund; the same {@code outRefundNo} never refunds twice. */
	ChannelResult<RefundSnapshot> refund(RefundRequest request);

	ChannelResult<RefundSnapshot> queryRefund(RefundRef refund);

	/** Downloads and parses the statement of a day (Asia/Shanghai). */
	ChannelResult<Statement> downloadStatement(LocalDate date);

	/** Parses and verifies a callback on its raw bytes. Never throws for bad input. */
	CallbackVerification parseCallback(CallbackRequest request);

	/** The reply that tells the channel the callback was received and handled. */
	CallbackReply acknowledge();

	/** The reply that tells the channel the callback was refused or must be retried. */
	CallbackReply refuse(String message);

}

package org.shengshi.payment.channel;

/**
 * What a verified callback says, in channel-neutral terms.
 */
public sealed interface CallbackNotice permits PaymentNotice, RefundNotice {

	ChannelId channel();

	/**
	 * The channel's id of this notification, for deduplication (WeChat {@code id}, Alipay
	 * {@code notify_id}).
	 */
	String notifyId();

	/**
	 * Our order number the notice is about; {@code null} only where a channel omits it.
	 */
	String outTradeNo();

	/** The merchant the channel addressed (must be ours). */
	String merchantId();

	/** The app the channel addressed; {@code null} where the channel has none. */
	String appId();

}

package org.shengshi.payment.channel;

import org.shengshi.payment.money.Fen;

/**
 * A verified refund callback.
 *
 * @param channel the channel
 * @param notifyId the channel's notification id
 * @param outTradeNo our refunded order number
 * @param outRefundNo our refund number
 * @param channelRefundNo the channel's refund id
 * @param state SUCCEEDED, FAILED, ABNORMAL or PROCESSING
 * @param refund the refunded amount
 * @param merchantId merchant named by the callback
 * @param appId app named by the callback ({@code null} where the channel sends none)
 */
public record RefundNotice(ChannelId channel, String notifyId, String outTradeNo, String outRefundNo,
		String channelRefundNo, RefundState state, Fen refund, String merchantId,
		String appId) implements CallbackNotice {

}

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
 * @param refund the amount of this refund; {@code null} where the channel only reports
 * the running total (Alipay)
 * @param refundedTotal the order's refunded total so far; {@code null} where the channel
 * only reports this refund (WeChat, UnionPay)
 * @param merchantId merchant named by the callback
 * @param appId app named by the callback ({@code null} where the channel sends none)
 */
public record RefundNotice(ChannelId channel, String notifyId, String outTradeNo, String outRefundNo,
		String channelRefundNo, RefundState state, Fen refund, Fen refundedTotal, String merchantId,
		String appId) implements CallbackNotice {

}

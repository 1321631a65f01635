package org.shengshi.payment.channel;

import java.time.Instant;

import org.shengshi.payment.money.Fen;

/**
 * A verified payment callback.
 *
 * @param channel the channel
 * @param notifyId the channel's notification id
 * @param outTradeNo our order number
 * @param channelTradeNo the channel's transaction id
 * @param state PAID, NOT_PAID, CLOSED, FAILED or REFUNDED
 * @param amount the order amount the channel reports
 * @param merchantId merchant named by the callback
 * @param appId app named by the callback ({@code null} for UnionPay)
 * @param paidAt when paid, if paid
 */
public record PaymentNotice(ChannelId channel, String notifyId, String outTradeNo, String channelTradeNo,
		TradeState state, Fen amount, String merchantId, String appId, Instant paidAt) implements CallbackNotice {

}

package org.shengshi.payment.channel;

import org.shengshi.payment.money.Fen;

/**
 * A refund as the channel sees it.
 *
 * @param outRefundNo our refund number
 * @param state the refund state
 * @param refund the refund amount at the channel ({@code null} when not found)
 * @param channelRefundNo the channel's refund id, if any
 */
public record RefundSnapshot(String outRefundNo, RefundState state, Fen refund, String channelRefundNo) {

}

package org.shengshi.payment.channel.sandbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;

/**
 * A trade held by the sandbox.
 *
 * @param outTradeNo our order number
 * @param tradeNo the sandbox transaction id
 * @param amount the order amount
 * @param state current state
 * @param paidAt when paid
 * @param refunds refunded amounts by out refund number, with their time
 */
record SandboxTrade(String outTradeNo, String tradeNo, Fen amount, TradeState state, Instant paidAt,
		Map<String, Refund> refunds) {

	SandboxTrade {
		refunds = Map.copyOf(refunds);
	}

	Fen refunded() {
		return this.refunds.values().stream().map(Refund::amount).reduce(Fen.ZERO, Fen::plus);
	}

	SandboxTrade withState(TradeState newState, Instant newPaidAt) {
		return new SandboxTrade(this.outTradeNo, this.tradeNo, this.amount, newState, newPaidAt, this.refunds);
	}

	SandboxTrade withRefund(String outRefundNo, Refund refund) {
		Map<String, Refund> copy = new HashMap<>(this.refunds);
		copy.put(outRefundNo, refund);
		return new SandboxTrade(this.outTradeNo, this.tradeNo, this.amount, this.state, this.paidAt, copy);
	}

	record Refund(String refundNo, Fen amount, Instant at) {

	}

}

package org.shengshi.payment.channel;

import java.time.Instant;
import java.util.Objects;

import org.shengshi.payment.money.Fen;

/**
 * One line of a channel statement.
 *
 * @param type payment or refund
 * @param outTradeNo our order number (for a refund: of the refunded order)
 * @param channelTradeNo the channel's transaction id
 * @param outRefundNo our refund number for a refund line, else {@code null}
 * @param amount the paid amount, or the refund amount for a refund line
 * @param time when the channel booked it
 */
public record StatementLine(Type type, String outTradeNo, String channelTradeNo, String outRefundNo, Fen amount,
		Instant time) {

	public StatementLine {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(amount, "amount");
		if (type == Type.REFUND && outRefundNo == null) {
			throw new IllegalArgumentException("a refund line names its refund number");
		}
		if (type == Type.PAYMENT && outTradeNo == null) {
			throw new IllegalArgumentException("a payment line names its order number");
		}
	}

	public enum Type {

		PAYMENT, REFUND

	}

}

package org.shengshi.payment.reconciliation;

import java.time.Instant;
import java.util.Objects;

import org.shengshi.payment.money.Fen;

/**
 * A local refund as reconciliation sees it.
 *
 * @param outRefundNo our refund number
 * @param outTradeNo the refunded order
 * @param amount the refund amount
 * @param succeeded whether it succeeded here
 * @param succeededAt when it succeeded ({@code null} unless succeeded)
 */
public record LedgerRefund(String outRefundNo, String outTradeNo, Fen amount, boolean succeeded, Instant succeededAt) {

	public LedgerRefund {
		Objects.requireNonNull(outRefundNo, "outRefundNo");
		Objects.requireNonNull(amount, "amount");
	}

}

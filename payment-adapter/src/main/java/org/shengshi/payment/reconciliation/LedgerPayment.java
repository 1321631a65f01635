package org.shengshi.payment.reconciliation;

import java.time.Instant;
import java.util.Objects;

import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;

/**
 * A local order as reconciliation sees it.
 *
 * @param outTradeNo our order number
 * @param status its status
 * @param amount the order amount
 * @param paidAt when the channel said it was paid ({@code null} unless paid)
 */
public record LedgerPayment(String outTradeNo, OrderStatus status, Fen amount, Instant paidAt) {

	public LedgerPayment {
		Objects.requireNonNull(outTradeNo, "outTradeNo");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(amount, "amount");
	}

	public static LedgerPayment of(PaymentOrder order) {
		return new LedgerPayment(order.outTradeNo(), order.status(), order.amount(), order.paidAt());
	}

}

package org.shengshi.payment.refund;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderChange;
import org.shengshi.payment.order.OrderIds;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refund's write side. Every method locks the order row first ({@code FOR UPDATE}),
 * so two refunds of one order are decided one after the other: the reserved amount of
 * refunds in flight plus the new one can never exceed what was paid, and a refund's
 * success is added to the order exactly once.
 */
@Component
class RefundLedger {

	private final RefundMapper refunds;

	private final OrderLedger orders;

	private final Clock clock;

	RefundLedger(RefundMapper refunds, OrderLedger orders, Clock clock) {
		this.refunds = refunds;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * Stores a REQUESTED refund if the order is paid and {@code amount} fits in what is
	 * paid minus refunded minus in flight; 404 / 409 problems otherwise.
	 */
	@Transactional
	Reserved reserve(String orderId, NewRefund request, String requestedBy) {
		PaymentOrder order = this.orders.lockById(orderId).orElseThrow(RefundLedger::orderNotFound);
		if (!order.status().isPaid()) {
			throw new ProblemException(HttpStatus.CONFLICT, "ORDER_NOT_REFUNDABLE", "订单未支付，不能退款",
					"The order is not paid")
				.with("orderStatus", order.status().name());
		}
		Fen inFlight = Fen.of(this.refunds.sumInFlight(orderId));
		Fen amount = Fen.of(request.amountFen());
		if (!order.canRequestRefund(amount, inFlight)) {
			Fen available = order.refundable().minus(inFlight);
			throw new ProblemException(HttpStatus.CONFLICT, "REFUND_EXCEEDS_PAID", "退款金额超过可退金额",
					"The refund exceeds what can still be refunded")
				.with("refundableFen", available.value());
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String id = OrderIds.newId(now);
		RefundRow row = new RefundRow(id, orderId, OrderIds.outTradeNo(id), amount.value(), request.reason(),
				RefundStatus.REQUESTED, null, null, requestedBy, now, null, now);
		this.refunds.insert(row);
		return new Reserved(order, row);
	}

	/**
	 * Applies what the channel said about a refund. A success moves the order (partially
	 * refunded / refunded) and publishes {@code payment.refunded} in the same
	 * transaction; a duplicate or late answer changes nothing.
	 */
	@Transactional
	RefundTransitions.Decision apply(String refundId, RefundEvent event, String channelRefundNo, String failureCode) {
		RefundRow unlocked = this.refunds.findById(refundId);
		PaymentOrder order = this.orders.lockById(unlocked.orderId()).orElseThrow(RefundLedger::orderNotFound);
		RefundRow refund = this.refunds.findById(refundId);
		RefundTransitions.Decision decision = RefundTransitions.decide(refund.status(), event);
		if (!decision.isApplied()) {
			return decision;
		}
		Fen amount = Fen.of(refund.amountFen());
		OrderChange change = null;
		if (decision.to() == RefundStatus.SUCCEEDED) {
			change = order.refundSucceeded(amount);
			if (!change.changed()) {
				String why = (change.result().anomaly() != null) ? change.result().anomaly() : "ORDER_REFUSED_REFUND";
				return new RefundTransitions.Decision(RefundTransitions.Kind.REJECTED, refund.status(), why);
			}
		}
		RefundRow moved = refund.moved(decision.to(), channelRefundNo,
				(decision.to() == RefundStatus.FAILED) ? failureCode : null,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		if (this.refunds.updateStatus(moved, refund.status()) == 0) {
			throw new IllegalStateException("refund " + refundId + " moved while its order was locked");
		}
		if (change != null && !this.orders.saveRefund(change, refund.id(), amount)) {
			throw new IllegalStateException("order " + order.id() + " moved while locked");
		}
		return decision;
	}

	private static ProblemException orderNotFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "支付订单不存在", "Payment order not found");
	}

	/** A stored refund and the order as it was when the refund was reserved. */
	record Reserved(PaymentOrder order, RefundRow refund) {

	}

}

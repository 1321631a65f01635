package org.shengshi.payment.order;

import java.time.Instant;
import java.util.Objects;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.money.Fen;

/**
 * A payment order: one per business reference, immutable. Every change goes through
 * {@link OrderTransitions} and returns an {@link OrderChange}; persist {@code after} with
 * {@code WHERE id = ? AND version = before.version} so two concurrent changes cannot both
 * apply.
 *
 * @param id opaque id (UUIDv7/ULID) used in URLs
 * @param businessRef the business reference (e.g. the case id) this order collects a fee
 * for
 * @param outTradeNo our order number at the channel (商户订单号)
 * @param channel the channel the order is placed with
 * @param amount the amount to collect
 * @param description shown to the payer by the channel
 * @param payerRef opaque reference of the payer (never a name or ID number)
 * @param expiresAt when the payer can no longer pay
 * @param status current status
 * @param paidAmount amount the channel confirmed (zero until paid)
 * @param refundedAmount sum of refunds that succeeded at the channel
 * @param channelTradeNo the channel's transaction id once paid, else {@code null}
 * @param createdAt when the order was created
 * @param paidAt when the channel says it was paid, else {@code null}
 * @param version incremented by each applied change (optimistic lock)
 */
public record PaymentOrder(String id, String businessRef, String outTradeNo, ChannelId channel, Fen amount,
		String description, String payerRef, Instant expiresAt, OrderStatus status, Fen paidAmount, Fen refundedAmount,
		String channelTradeNo, Instant createdAt, Instant paidAt, long version) {

	public PaymentOrder {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(outTradeNo, "outTradeNo");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(paidAmount, "paidAmount");
		Objects.requireNonNull(refundedAmount, "refundedAmount");
		if (amount.isZero()) {
			throw new IllegalArgumentException("a payment order collects a positive amount");
		}
		if (refundedAmount.exceeds(paidAmount)) {
			throw new IllegalArgumentException("refunded " + refundedAmount + " exceeds paid " + paidAmount);
		}
	}

	/** A new order in {@link OrderStatus#CREATED}. */
	public static PaymentOrder create(String id, String businessRef, String outTradeNo, ChannelId channel, Fen amount,
			String description, String payerRef, Instant expiresAt, Instant createdAt) {
		return new PaymentOrder(id, businessRef, outTradeNo, channel, amount, description, payerRef, expiresAt,
				OrderStatus.CREATED, Fen.ZERO, Fen.ZERO, null, createdAt, null, 0);
	}

	public OrderChange placePreOrder() {
		return apply(OrderEvent.PRE_ORDER_PLACED, this.paidAmount, this.refundedAmount);
	}

	public OrderChange rejectPreOrder() {
		return apply(OrderEvent.PRE_ORDER_REJECTED, this.paidAmount, this.refundedAmount);
	}

	/**
	 * The channel confirmed payment. A paid amount other than the order amount is refused
	 * ({@code PAID_AMOUNT_MISMATCH}) whatever the status: callbacks are matched before,
	 * this is the last line.
	 */
	public OrderChange confirmPaid(Fen paid, String channelTradeNo, Instant paidAt) {
		if (!paid.equals(this.amount)) {
			return refuse(OrderEvent.CHANNEL_CONFIRMED_PAID, "PAID_AMOUNT_MISMATCH");
		}
		OrderChange change = apply(OrderEvent.CHANNEL_CONFIRMED_PAID, paid, this.refundedAmount);
		if (!change.changed()) {
			return change;
		}
		PaymentOrder after = change.after();
		return new OrderChange(this, with(after.status(), paid, after.refundedAmount(), channelTradeNo, paidAt),
				change.result());
	}

	public OrderChange reportFailed() {
		return apply(OrderEvent.CHANNEL_REPORTED_FAILED, this.paidAmount, this.refundedAmount);
	}

	/** Close after expiry; refused ({@code NOT_EXPIRED}) before {@link #expiresAt()}. */
	public OrderChange closeOnExpiry(Instant now) {
		if (this.status.isAwaitingPayment() && now.isBefore(this.expiresAt)) {
			return refuse(OrderEvent.CLOSED_ON_EXPIRY, "NOT_EXPIRED");
		}
		return apply(OrderEvent.CLOSED_ON_EXPIRY, this.paidAmount, this.refundedAmount);
	}

	/**
	 * A refund of {@code refund} succeeded at the channel. Chooses the full or partial
	 * event from the running total; a zero refund or one that would exceed the paid
	 * amount is refused ({@code REFUND_EXCEEDS_PAID}). Deduplicating refund callbacks (by
	 * out refund number) is the refund record's job: this adds.
	 */
	public OrderChange refundSucceeded(Fen refund) {
		if (!this.status.isPaid() || this.status == OrderStatus.REFUNDED) {
			// the table refuses and names the anomaly (refund before paid / after full
			// refund)
			return apply(OrderEvent.REFUND_PARTIAL_SUCCEEDED, this.paidAmount, this.refundedAmount);
		}
		if (refund.isZero() || refund.exceeds(refundable())) {
			return refuse(OrderEvent.REFUND_PARTIAL_SUCCEEDED, "REFUND_EXCEEDS_PAID");
		}
		Fen total = this.refundedAmount.plus(refund);
		OrderEvent event = total.equals(this.paidAmount) ? OrderEvent.REFUND_FULL_SUCCEEDED
				: OrderEvent.REFUND_PARTIAL_SUCCEEDED;
		return apply(event, this.paidAmount, total);
	}

	/** Paid minus refunded: what refunds can still return. Zero unless paid. */
	public Fen refundable() {
		return this.status.isPaid() ? this.paidAmount.minus(this.refundedAmount) : Fen.ZERO;
	}

	/**
	 * Whether a new refund of {@code requested} may be sent to the channel while
	 * {@code inFlight} is already requested and unresolved.
	 */
	public boolean canRequestRefund(Fen requested, Fen inFlight) {
		return !requested.isZero() && this.status.isPaid() && this.status != OrderStatus.REFUNDED
				&& !requested.plus(inFlight).exceeds(refundable());
	}

	private OrderChange apply(OrderEvent event, Fen paid, Fen refunded) {
		TransitionResult result = OrderTransitions.decide(this.status, event);
		if (!result.isApplied()) {
			return new OrderChange(this, this, result);
		}
		return new OrderChange(this, with(result.to(), paid, refunded, this.channelTradeNo, this.paidAt), result);
	}

	private OrderChange refuse(OrderEvent event, String anomaly) {
		return new OrderChange(this, this,
				new TransitionResult(this.status, event, this.status, TransitionResult.Kind.REJECTED, anomaly));
	}

	private PaymentOrder with(OrderStatus newStatus, Fen paid, Fen refunded, String tradeNo, Instant paidTime) {
		return new PaymentOrder(this.id, this.businessRef, this.outTradeNo, this.channel, this.amount, this.description,
				this.payerRef, this.expiresAt, newStatus, paid, refunded, tradeNo, this.createdAt, paidTime,
				this.version + 1);
	}

}

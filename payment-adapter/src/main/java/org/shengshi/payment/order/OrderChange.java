package org.shengshi.payment.order;

/**
 * The outcome of asking a {@link PaymentOrder} to handle an event.
 *
 * @param before the order as it was (its {@code version} is the optimistic-lock
 * condition)
 * @param after the order to persist when {@link #changed()}; equal to {@code before}
 * otherwise
 * @param result what the transition table decided
 */
public record OrderChange(PaymentOrder before, PaymentOrder after, TransitionResult result) {

	public boolean changed() {
		return this.result.isApplied();
	}

}

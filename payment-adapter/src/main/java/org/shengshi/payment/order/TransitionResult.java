package org.shengshi.payment.order;

/**
 * The answer of {@link OrderTransitions} for one status × event pair.
 *
 * @param from status before the event
 * @param event the event
 * @param to status after the event (equal to {@code from} unless {@code kind} is APPLIED)
 * @param kind whether the event changed the order, repeated what is already true, or was
 * refused
 * @param anomaly for a refused event, why it deserves an operator's eye (e.g. paid after
 * close: money arrived for an order we consider closed); {@code null} otherwise
 */
public record TransitionResult(OrderStatus from, OrderEvent event, OrderStatus to, Kind kind, String anomaly) {

	public enum Kind {

		/**
		 * The event moves the order (possibly to the same status, e.g. a second partial
		 * refund).
		 */
		APPLIED,
		/**
		 * The order already reflects this event (duplicate or late delivery): nothing to
		 * do, acknowledge it.
		 */
		ALREADY_APPLIED,
		/** The event contradicts the order's status: nothing changes. */
		REJECTED

	}

	static TransitionResult applied(OrderStatus from, OrderEvent event, OrderStatus to) {
		return new TransitionResult(from, event, to, Kind.APPLIED, null);
	}

	static TransitionResult alreadyApplied(OrderStatus from, OrderEvent event) {
		return new TransitionResult(from, event, from, Kind.ALREADY_APPLIED, null);
	}

	static TransitionResult rejected(OrderStatus from, OrderEvent event, String anomaly) {
		return new TransitionResult(from, event, from, Kind.REJECTED, anomaly);
	}

	public boolean isApplied() {
		return this.kind == Kind.APPLIED;
	}

}

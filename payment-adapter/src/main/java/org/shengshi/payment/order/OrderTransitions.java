package org.shengshi.payment.order;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.shengshi.payment.order.OrderEvent.CHANNEL_CONFIRMED_PAID;
import static org.shengshi.payment.order.OrderEvent.CHANNEL_REPORTED_FAILED;
import static org.shengshi.payment.order.OrderEvent.CLOSED_ON_EXPIRY;
import static org.shengshi.payment.order.OrderEvent.PRE_ORDER_PLACED;
import static org.shengshi.payment.order.OrderEvent.PRE_ORDER_REJECTED;
import static org.shengshi.payment.order.OrderEvent.REFUND_FULL_SUCCEEDED;
import static org.shengshi.payment.order.OrderEvent.REFUND_PARTIAL_SUCCEEDED;
import static org.shengshi.payment.order.OrderStatus.CLOSED;
import static org.shengshi.payment.order.OrderStatus.CREATED;
import static org.shengshi.payment.order.OrderStatus.FAILED;
import static org.shengshi.payment.order.OrderStatus.PARTIALLY_REFUNDED;
import static org.shengshi.payment.order.OrderStatus.PENDING;
import static org.shengshi.payment.order.OrderStatus.REFUNDED;
import static org.shengshi.payment.order.OrderStatus.SUCCEEDED;

/**
 * The payment order state machine as an explicit table: status × event → result.
 *
 * <p>
 * Three lists make the table; every pair on none of them is refused:
 * <ul>
 * <li>{@link #EDGES}: the moves;</li>
 * <li>{@link #ALREADY_APPLIED}: events the status already reflects (a duplicate callback,
 * a late pre-order answer after the paid callback); they are acknowledged and change
 * nothing;</li>
 * <li>{@link #ANOMALIES}: refused events that mean money and state disagree, with the
 * reason an operator (and reconciliation) must see.</li>
 * </ul>
 *
 * <p>
 * Out-of-order delivery, decided deliberately: {@code CHANNEL_CONFIRMED_PAID} on a
 * {@code CREATED} order (the pre-order response was lost or timed out, but the payer
 * paid) moves it straight to {@code SUCCEEDED}: the callback is verified, the money is
 * real, and refusing it would turn a paid order into a 长款 for reconciliation. The late
 * pre-order answer that may follow is then {@code ALREADY_APPLIED}. A payment confirmed
 * for a {@code CLOSED} or {@code FAILED} order is refused (terminal states never change)
 * and flagged {@code PAID_AFTER_TERMINAL}: the payer must be refunded through the
 * operator process. The service closes an order only after the channel confirmed the
 * close, so this cannot happen through our own flow.
 */
public final class OrderTransitions {

	private static final Map<OrderStatus, Map<OrderEvent, OrderStatus>> EDGES = new EnumMap<>(OrderStatus.class);

	private static final Map<OrderStatus, Set<OrderEvent>> ALREADY_APPLIED = new EnumMap<>(OrderStatus.class);

	private static final Map<OrderStatus, Map<OrderEvent, String>> ANOMALIES = new EnumMap<>(OrderStatus.class);

	static {
		edge(CREATED, PRE_ORDER_PLACED, PENDING);
		edge(CREATED, PRE_ORDER_REJECTED, FAILED);
		edge(CREATED, CHANNEL_CONFIRMED_PAID, SUCCEEDED);
		edge(CREATED, CHANNEL_REPORTED_FAILED, FAILED);
		edge(CREATED, CLOSED_ON_EXPIRY, CLOSED);

		edge(PENDING, CHANNEL_CONFIRMED_PAID, SUCCEEDED);
		edge(PENDING, CHANNEL_REPORTED_FAILED, FAILED);
		edge(PENDING, CLOSED_ON_EXPIRY, CLOSED);

		edge(SUCCEEDED, REFUND_PARTIAL_SUCCEEDED, PARTIALLY_REFUNDED);
		edge(SUCCEEDED, REFUND_FULL_SUCCEEDED, REFUNDED);

		edge(PARTIALLY_REFUNDED, REFUND_PARTIAL_SUCCEEDED, PARTIALLY_REFUNDED);
		edge(PARTIALLY_REFUNDED, REFUND_FULL_SUCCEEDED, REFUNDED);

		alreadyApplied(PENDING, PRE_ORDER_PLACED);
		alreadyApplied(SUCCEEDED, PRE_ORDER_PLACED, CHANNEL_CONFIRMED_PAID);
		alreadyApplied(PARTIALLY_REFUNDED, PRE_ORDER_PLACED, CHANNEL_CONFIRMED_PAID);
		alreadyApplied(REFUNDED, PRE_ORDER_PLACED, CHANNEL_CONFIRMED_PAID, REFUND_FULL_SUCCEEDED);
		alreadyApplied(FAILED, PRE_ORDER_REJECTED, CHANNEL_REPORTED_FAILED);
		alreadyApplied(CLOSED, PRE_ORDER_PLACED, CLOSED_ON_EXPIRY);

		anomaly(CLOSED, CHANNEL_CONFIRMED_PAID, "PAID_AFTER_TERMINAL");
		anomaly(FAILED, CHANNEL_CONFIRMED_PAID, "PAID_AFTER_TERMINAL");
		anomaly(SUCCEEDED, CHANNEL_REPORTED_FAILED, "FAILED_AFTER_PAID");
		anomaly(PARTIALLY_REFUNDED, CHANNEL_REPORTED_FAILED, "FAILED_AFTER_PAID");
		anomaly(REFUNDED, CHANNEL_REPORTED_FAILED, "FAILED_AFTER_PAID");
		anomaly(SUCCEEDED, CLOSED_ON_EXPIRY, "CLOSE_AFTER_PAID");
		anomaly(PARTIALLY_REFUNDED, CLOSED_ON_EXPIRY, "CLOSE_AFTER_PAID");
		anomaly(REFUNDED, CLOSED_ON_EXPIRY, "CLOSE_AFTER_PAID");
		anomaly(CREATED, REFUND_PARTIAL_SUCCEEDED, "REFUND_BEFORE_PAID");
		anomaly(CREATED, REFUND_FULL_SUCCEEDED, "REFUND_BEFORE_PAID");
		anomaly(PENDING, REFUND_PARTIAL_SUCCEEDED, "REFUND_BEFORE_PAID");
		anomaly(PENDING, REFUND_FULL_SUCCEEDED, "REFUND_BEFORE_PAID");
		anomaly(REFUNDED, REFUND_PARTIAL_SUCCEEDED, "REFUND_AFTER_FULL_REFUND");
	}

	private OrderTransitions() {
	}

	/**
	 * The result of {@code event} on an order in {@code from}. Total: defined for every
	 * pair.
	 */
	public static TransitionResult decide(OrderStatus from, OrderEvent event) {
		OrderStatus to = EDGES.getOrDefault(from, Map.of()).get(event);
		if (to != null) {
			return TransitionResult.applied(from, event, to);
		}
		if (ALREADY_APPLIED.getOrDefault(from, Set.of()).contains(event)) {
			return TransitionResult.alreadyApplied(from, event);
		}
		return TransitionResult.rejected(from, event, ANOMALIES.getOrDefault(from, Map.of()).get(event));
	}

	private static void edge(OrderStatus from, OrderEvent event, OrderStatus to) {
		EDGES.computeIfAbsent(from, (key) -> new EnumMap<>(OrderEvent.class)).put(event, to);
	}

	private static void alreadyApplied(OrderStatus status, OrderEvent... events) {
		Set<OrderEvent> set = ALREADY_APPLIED.computeIfAbsent(status, (key) -> EnumSet.noneOf(OrderEvent.class));
		set.addAll(List.of(events));
	}

	private static void anomaly(OrderStatus from, OrderEvent event, String reason) {
		ANOMALIES.computeIfAbsent(from, (key) -> new EnumMap<>(OrderEvent.class)).put(event, reason);
	}

}

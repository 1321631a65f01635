package org.shengshi.payment.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status × event pair against a table written out here independently of the
 * implementation. Cells: "→X" moves to X, "=" already applied (acknowledged, no change),
 * "x" refused, "x:REASON" refused and flagged.
 */
class OrderTransitionsTest {

	private static final List<OrderEvent> COLUMNS = List.of(OrderEvent.PRE_ORDER_PLACED, OrderEvent.PRE_ORDER_REJECTED,
			OrderEvent.CHANNEL_CONFIRMED_PAID, OrderEvent.CHANNEL_REPORTED_FAILED, OrderEvent.CLOSED_ON_EXPIRY,
			OrderEvent.REFUND_PARTIAL_SUCCEEDED, OrderEvent.REFUND_FULL_SUCCEEDED);

	// @formatter:off
	private static final Map<OrderStatus, List<String>> EXPECTED = Map.of(
		//                               PLACED     REJECTED  PAID                      FAILED                 EXPIRY                 PARTIAL                           FULL
		OrderStatus.CREATED,            List.of("→PENDING", "→FAILED", "→SUCCEEDED",          "→FAILED",            "→CLOSED",            "x:REFUND_BEFORE_PAID",           "x:REFUND_BEFORE_PAID"),
		OrderStatus.PENDING,            List.of("=",        "x",       "→SUCCEEDED",          "→FAILED",            "→CLOSED",            "x:REFUND_BEFORE_PAID",           "x:REFUND_BEFORE_PAID"),
		OrderStatus.SUCCEEDED,          List.of("=",        "x",       "=",                   "x:FAILED_AFTER_PAID", "x:CLOSE_AFTER_PAID", "→PARTIALLY_REFUNDED",            "→REFUNDED"),
		OrderStatus.PARTIALLY_REFUNDED, List.of("=",        "x",       "=",                   "x:FAILED_AFTER_PAID", "x:CLOSE_AFTER_PAID", "→PARTIALLY_REFUNDED",            "→REFUNDED"),
		OrderStatus.REFUNDED,           List.of("=",        "x",       "=",                   "x:FAILED_AFTER_PAID", "x:CLOSE_AFTER_PAID", "x:REFUND_AFTER_FULL_REFUND",     "="),
		OrderStatus.FAILED,             List.of("x",        "=",       "x:PAID_AFTER_TERMINAL", "=",                 "x",                  "x",                              "x"),
		OrderStatus.CLOSED,             List.of("=",        "x",       "x:PAID_AFTER_TERMINAL", "x",                 "=",                  "x",                              "x"));
	// @formatter:on

	static Stream<Arguments> everyPair() {
		List<Arguments> pairs = new ArrayList<>();
		for (OrderStatus status : OrderStatus.values()) {
			for (int i = 0; i < COLUMNS.size(); i++) {
				pairs.add(Arguments.of(status, COLUMNS.get(i), EXPECTED.get(status).get(i)));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} × {1} → {2}")
	@MethodSource("everyPair")
	void everyStatusAndEventPairFollowsTheTable(OrderStatus from, OrderEvent event, String cell) {
		TransitionResult result = OrderTransitions.decide(from, event);
		assertThat(result.from()).isEqualTo(from);
		assertThat(result.event()).isEqualTo(event);
		if (cell.startsWith("→")) {
			assertThat(result.kind()).isEqualTo(TransitionResult.Kind.APPLIED);
			assertThat(result.to()).isEqualTo(OrderStatus.valueOf(cell.substring(1)));
			assertThat(result.anomaly()).isNull();
		}
		else if (cell.equals("=")) {
			assertThat(result.kind()).isEqualTo(TransitionResult.Kind.ALREADY_APPLIED);
			assertThat(result.to()).isEqualTo(from);
		}
		else {
			assertThat(result.kind()).isEqualTo(TransitionResult.Kind.REJECTED);
			assertThat(result.to()).isEqualTo(from);
			assertThat(result.anomaly()).isEqualTo(cell.startsWith("x:") ? cell.substring(2) : null);
		}
	}

	@Test
	void theTableCoversEveryEventAndStatus() {
		assertThat(COLUMNS).containsExactlyInAnyOrder(OrderEvent.values());
		assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(OrderStatus.values());
		assertThat(everyPair()).hasSize(OrderStatus.values().length * OrderEvent.values().length);
	}

	@Test
	void terminalStatesNeverChange() {
		for (OrderStatus status : OrderStatus.values()) {
			if (!status.isTerminal()) {
				continue;
			}
			for (OrderEvent event : OrderEvent.values()) {
				TransitionResult result = OrderTransitions.decide(status, event);
				assertThat(result.to()).as("%s × %s", status, event).isEqualTo(status);
				assertThat(result.isApplied()).as("%s × %s", status, event).isFalse();
			}
		}
		assertThat(List.of(OrderStatus.values()).stream().filter(OrderStatus::isTerminal))
			.containsExactlyInAnyOrder(OrderStatus.FAILED, OrderStatus.CLOSED, OrderStatus.REFUNDED);
	}

}

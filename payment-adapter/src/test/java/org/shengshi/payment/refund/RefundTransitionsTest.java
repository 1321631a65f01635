package org.shengshi.payment.refund;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.payment.channel.RefundState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refund status × event pair against a table written out here. Cells: "→X" moves to
 * X, "=" already applied, "x" refused, "x:REASON" refused and flagged.
 */
class RefundTransitionsTest {

	private static final List<RefundEvent> COLUMNS = List.of(RefundEvent.CHANNEL_ACCEPTED,
			RefundEvent.CHANNEL_SUCCEEDED, RefundEvent.CHANNEL_FAILED, RefundEvent.CHANNEL_ABNORMAL);

	// @formatter:off
	private static final Map<RefundStatus, List<String>> EXPECTED = Map.of(
		//                          ACCEPTED        SUCCEEDED                    FAILED                        ABNORMAL
		RefundStatus.REQUESTED,  List.of("→PROCESSING", "→SUCCEEDED",               "→FAILED",                    "→ABNORMAL"),
		RefundStatus.PROCESSING, List.of("=",           "→SUCCEEDED",               "→FAILED",                    "→ABNORMAL"),
		RefundStatus.ABNORMAL,   List.of("→PROCESSING", "→SUCCEEDED",               "→FAILED",                    "="),
		RefundStatus.SUCCEEDED,  List.of("=",           "=",                        "x:FAILED_AFTER_SUCCEEDED",   "x:ABNORMAL_AFTER_SUCCEEDED"),
		RefundStatus.FAILED,     List.of("x",           "x:SUCCEEDED_AFTER_FAILED", "=",                          "x"));
	// @formatter:on

	static Stream<Arguments> everyPair() {
		List<Arguments> pairs = new ArrayList<>();
		for (RefundStatus status : RefundStatus.values()) {
			for (int i = 0; i < COLUMNS.size(); i++) {
				pairs.add(Arguments.of(status, COLUMNS.get(i), EXPECTED.get(status).get(i)));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} × {1} → {2}")
	@MethodSource("everyPair")
	void everyStatusAndEventPairFollowsTheTable(RefundStatus from, RefundEvent event, String cell) {
		RefundTransitions.Decision decision = RefundTransitions.decide(from, event);
		if (cell.startsWith("→")) {
			assertThat(decision.kind()).isEqualTo(RefundTransitions.Kind.APPLIED);
			assertThat(decision.to()).isEqualTo(RefundStatus.valueOf(cell.substring(1)));
			assertThat(decision.anomaly()).isNull();
		}
		else if (cell.equals("=")) {
			assertThat(decision.kind()).isEqualTo(RefundTransitions.Kind.ALREADY_APPLIED);
			assertThat(decision.to()).isEqualTo(from);
		}
		else {
			assertThat(decision.kind()).isEqualTo(RefundTransitions.Kind.REJECTED);
			assertThat(decision.to()).isEqualTo(from);
			assertThat(decision.anomaly()).isEqualTo(cell.startsWith("x:") ? cell.substring(2) : null);
		}
	}

	@Test
	void theTableCoversEveryEventAndStatus() {
		assertThat(COLUMNS).containsExactlyInAnyOrder(RefundEvent.values());
		assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(RefundStatus.values());
		assertThat(everyPair()).hasSize(RefundStatus.values().length * RefundEvent.values().length);
	}

	@Test
	void terminalRefundsNeverChange() {
		for (RefundStatus status : List.of(RefundStatus.SUCCEEDED, RefundStatus.FAILED)) {
			assertThat(status.isTerminal()).isTrue();
			for (RefundEvent event : RefundEvent.values()) {
				assertThat(RefundTransitions.decide(status, event).isApplied()).as("%s × %s", status, event).isFalse();
			}
		}
	}

	@Test
	void everyChannelStateButNotFoundIsAnEvent() {
		assertThat(RefundEvent.of(RefundState.NOT_FOUND)).isNull();
		assertThat(RefundEvent.of(RefundState.PROCESSING)).isEqualTo(RefundEvent.CHANNEL_ACCEPTED);
		assertThat(RefundEvent.of(RefundState.SUCCEEDED)).isEqualTo(RefundEvent.CHANNEL_SUCCEEDED);
		assertThat(RefundEvent.of(RefundState.FAILED)).isEqualTo(RefundEvent.CHANNEL_FAILED);
		assertThat(RefundEvent.of(RefundState.ABNORMAL)).isEqualTo(RefundEvent.CHANNEL_ABNORMAL);
	}

}

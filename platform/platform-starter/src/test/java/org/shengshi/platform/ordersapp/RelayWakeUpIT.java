package org.shengshi.platform.ordersapp;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.events.EventEnvelope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay polls only once a minute here, so an event relayed within seconds was relayed
 * because its transaction's commit woke the relay.
 */
@TestPropertySource(properties = "shengshi.events.relay.poll-interval=1m")
class RelayWakeUpIT extends OrdersAppSupport {

	private static final Duration WELL_BEFORE_THE_NEXT_POLL = Duration.ofSeconds(10);

	@Autowired
	private OrderService orders;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aCommitWakesTheRelayLongBeforeItsNextPoll() {
		// the first: relayed by the start-up batch or by its wake-up; either way the next
		// poll is then a minute away
		EventEnvelope first = this.orders.place("first", 1);
		await().atMost(WELL_BEFORE_THE_NEXT_POLL).until(() -> relayedAt(first.id()) != null);

		EventEnvelope second = this.orders.place("second", 1);
		await().atMost(WELL_BEFORE_THE_NEXT_POLL).until(() -> relayedAt(second.id()) != null);
	}

	@Test
	void commitsInQuickSuccessionAreAllRelayedByTheirWakeUps() {
		EventEnvelope primer = this.orders.place("primer", 1);
		await().atMost(WELL_BEFORE_THE_NEXT_POLL).until(() -> relayedAt(primer.id()) != null);

		List<EventEnvelope> burst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			burst.add(this.orders.place("burst-" + i, 1));
		}
		await().atMost(WELL_BEFORE_THE_NEXT_POLL)
			.untilAsserted(
					() -> assertThat(burst).allSatisfy((event) -> assertThat(relayedAt(event.id())).isNotNull()));
	}

	private LocalDateTime relayedAt(String eventId) {
		return this.jdbc.queryForObject("SELECT relayed_at FROM event_outbox WHERE id = ?", LocalDateTime.class,
				eventId);
	}

}

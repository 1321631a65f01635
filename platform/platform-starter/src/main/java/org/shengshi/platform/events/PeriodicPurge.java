package org.shengshi.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes rows older than a retention period, at most once per interval, in bounded
 * batches so one run never holds long locks.
 */
final class PeriodicPurge {

	private static final Logger log = LoggerFactory.getLogger(PeriodicPurge.class);

	static final int BATCH = 1000;

	private static final int MAX_BATCHES = 100;

	private final String table;

	private final Duration retention;

	private final Duration interval;

	private final Clock clock;

	private final BatchDelete delete;

	private Instant next;

	PeriodicPurge(String table, Duration retention, Duration interval, Clock clock, BatchDelete delete) {
		this.table = table;
		this.retention = retention;
		this.interval = interval;
		this.clock = clock;
		this.delete = delete;
	}

	void runIfDue() {
		Instant now = this.clock.instant();
		if (this.next != null && now.isBefore(this.next)) {
			return;
		}
		this.next = now.plus(this.interval);
		Instant cutoff = now.minus(this.retention);
		int total = 0;
		for (int i = 0; i < MAX_BATCHES; i++) {
			int deleted = this.delete.deleteBefore(cutoff, BATCH);
			total += deleted;
			if (deleted < BATCH) {
				break;
			}
		}
		if (total > 0) {
			log.info("Deleted {} rows older than {} from {}", total, this.retention, this.table);
		}
	}

	@FunctionalInterface
	interface BatchDelete {

		int deleteBefore(Instant cutoff, int limit);

	}

}

package org.shengshi.cases.casefile;

import java.time.Instant;

/**
 * One step of the applicant's timeline, in plain Chinese. Shows the role that acted,
 * never the officer's identity.
 *
 * @param label what happened, e.g. 已受理
 * @param action the lifecycle action
 * @param fromStatus status before
 * @param toStatus status after
 * @param actorRole {@code APPLICANT}, {@code OFFICER} or {@code SYSTEM}
 * @param opinion the officer's opinion or reason, if any
 * @param occurredAt when
 */
record TimelineView(String label, String action, String fromStatus, String toStatus, String actorRole, String opinion,
		Instant occurredAt) {

	static TimelineView of(TimelineEntry entry) {
		return new TimelineView(entry.label(), entry.action(), entry.fromStatus(), entry.toStatus(), entry.actorRole(),
				entry.opinion(), entry.occurredAt());
	}

}

package org.shengshi.cases.casefile;

import java.time.Instant;

/**
 * One transition of a case as stored in {@code case_timeline}.
 *
 * @param id entry id
 * @param caseId the case
 * @param action the action taken
 * @param fromStatus status before
 * @param toStatus status after
 * @param actorSub who acted (token subject, or {@code system})
 * @param actorRole {@code APPLICANT}, {@code OFFICER} or {@code SYSTEM}
 * @param opinion the officer's opinion or reason, if any
 * @param label the applicant's label in plain Chinese
 * @param occurredAt when (UTC)
 */
record TimelineEntry(String id, String caseId, String action, String fromStatus, String toStatus, String actorSub,
		String actorRole, String opinion, String label, Instant occurredAt) {
}

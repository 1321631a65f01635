package org.shengshi.certificate.certificates;

import java.time.Instant;

/**
 * One status change of a certificate.
 */
public record StatusHistoryEntry(String fromStatus, String toStatus, String event, String actor, String reason,
		Instant changedAt) {

}

package org.shengshi.identity.delegation;

import java.time.LocalDateTime;

/**
 * A delegation row with its item codes joined by commas (times UTC).
 */
record DelegationRow(String id, String delegatorSubject, String delegateSubject, boolean allItems, String status,
		LocalDateTime validFrom, LocalDateTime validUntil, LocalDateTime createdAt, LocalDateTime revokedAt,
		String items) {

}

package org.shengshi.identity.delegation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A delegation as its parties see it.
 *
 * @param id opaque id
 * @param delegator delegator's subject
 * @param delegate delegate's subject
 * @param delegateName delegate's masked name
 * @param allItems whether it covers every service item
 * @param items chosen item codes
 * @param status ACTIVE or REVOKED
 * @param validFrom start
 * @param validUntil end
 * @param revokedAt when revoked
 */
record Delegation(String id, String delegator, String delegate, String delegateName, boolean allItems,
		List<String> items, String status, Instant validFrom, Instant validUntil, Instant revokedAt) {

	static Delegation of(DelegationRow row, String delegateName) {
		List<String> items = (row.items() == null) ? List.of() : Arrays.asList(row.items().split(","));
		return new Delegation(row.id(), row.delegatorSubject(), row.delegateSubject(), delegateName, row.allItems(),
				items, row.status(), utc(row.validFrom()), utc(row.validUntil()), utc(row.revokedAt()));
	}

	private static Instant utc(java.time.LocalDateTime time) {
		return (time != null) ? time.toInstant(ZoneOffset.UTC) : null;
	}

}

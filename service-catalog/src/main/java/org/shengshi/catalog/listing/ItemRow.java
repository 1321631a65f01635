package org.shengshi.catalog.listing;

import java.time.Instant;

/**
 * A row of {@code service_item}; never leaves this package: controllers answer with
 * {@link ItemSummary}.
 */
record ItemRow(String id, String itemCode, String name, String itemType, String departmentCode, String regionCode,
		String audience, String status, Integer currentVersion, boolean instant, int visits, long feeFen,
		int promisedDays, long popularity, String createdBy, Instant createdAt, Instant updatedAt) {

}

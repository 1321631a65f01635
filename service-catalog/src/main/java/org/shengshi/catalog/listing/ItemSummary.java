package org.shengshi.catalog.listing;

import java.time.Instant;

/**
 * What a list of service items shows for each item.
 */
public record ItemSummary(String id, String itemCode, String name, String itemType, String departmentCode,
		String regionCode, String audience, String status, Integer currentVersion, boolean instant, int visits,
		long feeFen, int promisedDays, Instant updatedAt) {

	static ItemSummary of(ItemRow row) {
		return new ItemSummary(row.id(), row.itemCode(), row.name(), row.itemType(), row.departmentCode(),
				row.regionCode(), row.audience(), row.status(), row.currentVersion(), row.instant(), row.visits(),
				row.feeFen(), row.promisedDays(), row.updatedAt());
	}

}

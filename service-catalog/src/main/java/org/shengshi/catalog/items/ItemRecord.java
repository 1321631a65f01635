package org.shengshi.catalog.items;

import java.time.Instant;

/**
 * A row of {@code service_item}: the item, its status and its current version.
 *
 * @param status {@code DRAFT} (never published), {@code PUBLISHED}, {@code SUSPENDED} or
 * {@code RETIRED}
 */
public record ItemRecord(String id, String itemCode, String name, String itemType, String departmentCode,
		String regionCode, String audience, String status, Integer currentVersion, boolean instant, int visits,
		long feeFen, int promisedDays, long popularity, String createdBy, Instant createdAt, Instant updatedAt) {

}

package org.shengshi.catalog.items;

import java.time.Instant;

/**
 * An item with the content of its current version, if it has one: what the search index
 * needs.
 */
public record CurrentVersionRecord(String itemCode, String status, Integer currentVersion, long popularity,
		String content, Instant updatedAt) {

}

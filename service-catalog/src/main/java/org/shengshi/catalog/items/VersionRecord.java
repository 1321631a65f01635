package org.shengshi.catalog.items;

import java.time.Instant;

/**
 * A row of {@code service_item_version}: the content (JSON) never changes once written;
 * the status says whether cases may still be filed on it.
 */
public record VersionRecord(String itemId, int version, String status, String content, String publishedBy,
		Instant publishedAt) {

}

package org.shengshi.catalog.items;

import java.time.Instant;

/**
 * A row of {@code service_item_draft}: the revision being written ({@code DRAFT}) or
 * reviewed ({@code IN_REVIEW}); content, authors and history are JSON.
 */
public record DraftRecord(String itemId, int revision, String status, String content, String authors, String history,
		String updatedBy, Instant updatedAt) {

}

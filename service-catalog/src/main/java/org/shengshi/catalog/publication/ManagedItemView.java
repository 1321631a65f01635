package org.shengshi.catalog.publication;

import org.jspecify.annotations.Nullable;

/**
 * An item of the caller's department as staff see it: its status, current published
 * version (none before the first approval) and the draft, if one is being written.
 */
record ManagedItemView(String itemCode, String departmentCode, String status, @Nullable Integer currentVersion,
		@Nullable DraftView draft) {
}

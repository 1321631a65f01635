package org.shengshi.catalog.items;

import java.time.Instant;

/**
 * When an item last changed: enough to tell whether a replica has already applied the
 * change.
 *
 * @param itemCode the item
 * @param updatedAt its {@code updated_at}
 */
public record ItemStamp(String itemCode, Instant updatedAt) {

}

package org.shengshi.catalog.items;

/**
 * Published in-process after a transaction changed what the public sees of an item
 * (approval, suspension, resumption, retirement), so this replica updates its search
 * index and cache at once; other replicas follow the database (see
 * {@code searching.IndexSync}).
 */
public record CatalogChanged(String itemCode) {
}

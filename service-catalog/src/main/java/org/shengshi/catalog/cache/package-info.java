/**
 * The Redis cache of public reads (item details, versions, search results). Entries are
 * stamped: item entries with a catalog generation bumped after every publishing commit,
 * search entries with the replica's index watermark, so a change makes every older entry
 * unreachable at once instead of relying on deletes racing with readers.
 */
package org.shengshi.catalog.cache;

package org.shengshi.catalog.items;

import java.util.function.Supplier;

import org.shengshi.catalog.cache.JsonCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The two-level cache ({@link JsonCache}) in front of {@link ItemReadService} for the
 * public reads. Keys carry the catalog generation, read before the database; every
 * publishing commit bumps it ({@link CatalogChanged}, after the commit, before the API
 * answers), so no reader sees an entry from before the change once the change's request
 * has returned. If the bump fails, entries expire after the cache TTL (60 s): that is the
 * staleness bound.
 */
@Component
class ItemCache {

	private final ItemReadService reads;

	private final JsonCache cache;

	ItemCache(ItemReadService reads, JsonCache cache) {
		this.reads = reads;
		this.cache = cache;
	}

	/** The current version of the item, as JSON. */
	byte[] current(String itemCode) {
		return cached(itemCode, "item:", itemCode, () -> this.reads.current(itemCode));
	}

	/** One version of the item, as JSON. */
	byte[] version(String itemCode, int version) {
		return cached(itemCode, "version:", itemCode + ":" + version, () -> this.reads.version(itemCode, version));
	}

	private byte[] cached(String itemCode, String kind, String key, Supplier<ItemVersionView> read) {
		long generation = this.cache.generation();
		if (generation < 0 || !ItemCodes.isWellFormed(itemCode)) {
			return this.cache.uncached(read);
		}
		return this.cache.json(kind + generation + ":" + key, read);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCatalogChanged(CatalogChanged change) {
		this.cache.bumpGeneration();
	}

}

package org.shengshi.catalog.items;

import org.shengshi.catalog.cache.JsonCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Redis cache in front of {@link ItemReadService} for the public reads. Keys carry the
 * catalog generation, read before the database; every publishing commit bumps it
 * ({@link CatalogChanged}, after the commit, before the API answers), so no reader sees
 * an entry from before the change once the change's request has returned. If the bump
 * fails, entries expire after the cache TTL (60 s): that is the staleness bound.
 */
@Component
class ItemCache {

	private final ItemReadService reads;

	private final JsonCache cache;

	ItemCache(ItemReadService reads, JsonCache cache) {
		this.reads = reads;
		this.cache = cache;
	}

	ItemVersionView current(String itemCode) {
		long generation = this.cache.generation();
		if (generation < 0 || !ItemCodes.isWellFormed(itemCode)) {
			return this.reads.current(itemCode);
		}
		return this.cache.get("item:" + generation + ":" + itemCode, ItemVersionView.class,
				() -> this.reads.current(itemCode));
	}

	ItemVersionView version(String itemCode, int version) {
		long generation = this.cache.generation();
		if (generation < 0 || !ItemCodes.isWellFormed(itemCode)) {
			return this.reads.version(itemCode, version);
		}
		return this.cache.get("version:" + generation + ":" + itemCode + ":" + version, ItemVersionView.class,
				() -> this.reads.version(itemCode, version));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCatalogChanged(CatalogChanged change) {
		this.cache.bumpGeneration();
	}

}

package org.shengshi.catalog.items;

import org.springframework.stereotype.Component;

/**
 * Front of {@link ItemReadService} for the public reads.
 */
@Component
class ItemCache {

	private final ItemReadService reads;

	ItemCache(ItemReadService reads) {
		this.reads = reads;
	}

	ItemVersionView current(String itemCode) {
		return this.reads.current(itemCode);
	}

	ItemVersionView version(String itemCode, int version) {
		return this.reads.version(itemCode, version);
	}

}

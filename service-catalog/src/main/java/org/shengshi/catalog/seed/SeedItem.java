package org.shengshi.catalog.seed;

import org.shengshi.catalog.item.ServiceItem;

/** A seed item and how popular it is (applications in a typical month). */
public record SeedItem(ServiceItem item, long popularity) {

	/** {@code <item code>@<department code>}. */
	public String key() {
		return this.item.key();
	}

}

package org.shengshi.catalog.bundles;

import org.shengshi.catalog.bundle.Bundle;

/** A bundle in the list. */
record BundleSummary(String code, String name, String description, String theme, String regionCode, int itemCount) {

	static BundleSummary of(Bundle bundle) {
		return new BundleSummary(bundle.code(), bundle.name(), bundle.description(), bundle.theme().name(),
				bundle.regionCode(), bundle.itemKeys().size());
	}

}

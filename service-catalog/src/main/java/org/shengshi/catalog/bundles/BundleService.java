package org.shengshi.catalog.bundles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shengshi.catalog.items.ItemRecord;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.seed.SeedBundle;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Bundles as defined in the seed catalog (their combined forms are derived and checked
 * when the seed loads), with each item's current state from the database.
 */
@Service
class BundleService {

	private final SeedCatalog seed;

	private final ItemStore store;

	BundleService(SeedCatalog seed, ItemStore store) {
		this.seed = seed;
		this.store = store;
	}

	List<BundleSummary> list() {
		return this.seed.bundles().stream().map((bundle) -> BundleSummary.of(bundle.bundle())).toList();
	}

	BundleView bundle(String code) {
		SeedBundle found = this.seed.bundle(code)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "BUNDLE_NOT_FOUND", "一件事主题不存在",
					"No such life-event bundle"));
		var bundle = found.bundle();
		List<BundleView.BundleItem> items = bundle.itemKeys().stream().map(this::item).toList();
		Map<String, List<String>> byItem = new LinkedHashMap<>();
		found.combinedForm().fieldsByItem().forEach((key, fields) -> byItem.put(publicCode(key), fields));
		return new BundleView(bundle.code(), bundle.name(), bundle.description(), bundle.theme().name(),
				bundle.regionCode(), items, new BundleView.CombinedFormView(found.combinedForm().schema().fields(),
						found.combinedForm().sharedKeys(), byItem));
	}

	private BundleView.BundleItem item(String key) {
		String code = publicCode(key);
		Optional<ItemRecord> row = this.store.findItem(code);
		String name = row.map(ItemRecord::name)
			.orElseGet(() -> this.seed.item(key).map((seedItem) -> seedItem.item().name()).orElse(code));
		String status = row.map(ItemRecord::status).orElse("UNKNOWN");
		Integer version = "PUBLISHED".equals(status) ? row.get().currentVersion() : null;
		return new BundleView.BundleItem(code, name, key.substring(key.indexOf('@') + 1), status, version);
	}

	/** {@code QR00401001@440106-MZ} → {@code QR00401001-440106-MZ}. */
	private static String publicCode(String key) {
		return key.replace('@', '-');
	}

}

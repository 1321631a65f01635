package org.shengshi.catalog.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.search.SearchDocument;

/** The validated seed catalog. */
public record SeedCatalog(List<Region> regions, List<Department> departments, List<SeedItem> items,
		List<SeedBundle> bundles) {

	public SeedCatalog {
		regions = List.copyOf(regions);
		departments = List.copyOf(departments);
		items = List.copyOf(items);
		bundles = List.copyOf(bundles);
	}

	public Optional<SeedItem> item(String key) {
		return this.items.stream().filter((item) -> item.key().equals(key)).findFirst();
	}

	public Optional<Department> department(String code) {
		return this.departments.stream().filter((department) -> department.code().equals(code)).findFirst();
	}

	public Optional<SeedBundle> bundle(String code) {
		return this.bundles.stream().filter((bundle) -> bundle.bundle().code().equals(code)).findFirst();
	}

	/**
	 * Search documents of every item as version 1, with the item key as id (the service
	 * layer uses its own ids once items are stored).
	 */
	public List<SearchDocument> searchDocuments() {
		Map<String, String> names = this.departments.stream()
			.collect(Collectors.toMap(Department::code, Department::name));
		return this.items.stream()
			.map((seed) -> SearchDocument.of(seed.key(), 1, seed.item(), names.get(seed.item().departmentCode()),
					seed.popularity()))
			.toList();
	}

	/** Looks items up by key, for {@link org.shengshi.catalog.bundle.BundleComposer}. */
	public Function<String, Optional<ServiceItem>> itemLookup() {
		return (key) -> item(key).map(SeedItem::item);
	}

}

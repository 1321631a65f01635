package org.shengshi.catalog.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.items.ItemCodes;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemRecords;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.items.VersionRecord;
import org.shengshi.catalog.search.SearchDocument;
import org.shengshi.catalog.seed.Department;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedItem;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores {@code count} generated published items made from the seed items: the same
 * content under a new basic code, named after one of Guangzhou's districts, so names
 * repeat the way one item implemented in many districts does.
 */
final class GeneratedCatalog {

	static final List<String> DISTRICTS = List.of("荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区",
			"增城区");

	private GeneratedCatalog() {
	}

	/** Stores the items; returns their public item codes in order. */
	static List<String> store(SeedCatalog seed, ItemStore store, TransactionTemplate transactions, int count) {
		List<SeedItem> templates = seed.items();
		List<String> codes = new ArrayList<>();
		int batch = 500;
		for (int from = 0; from < count; from += batch) {
			int first = from;
			int last = Math.min(count, from + batch);
			transactions.executeWithoutResult((status) -> {
				for (int i = first; i < last; i++) {
					ServiceItem item = generated(templates.get(i % templates.size()).item(), i, templates.size());
					insert(store, item, i);
					codes.add(ItemCodes.of(item));
				}
			});
		}
		return codes;
	}

	/**
	 * The index documents of {@code count} generated items, as the service would index
	 * them (department names resolved, popularity {@code i % 5000}), for the index-only
	 * benchmarks.
	 */
	static List<SearchDocument> searchDocuments(SeedCatalog seed, int count) {
		List<SeedItem> templates = seed.items();
		List<SearchDocument> documents = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ServiceItem item = generated(templates.get(i % templates.size()).item(), i, templates.size());
			String department = seed.department(item.departmentCode()).map(Department::name).orElse(null);
			documents.add(SearchDocument.of("gen-" + i, 1, item, department, i % 5000));
		}
		return documents;
	}

	static ServiceItem generated(ServiceItem template, int i, int templateCount) {
		String code = "%s%05d%03d".formatted(template.type().code(), 50000 + i / 100, i % 100 + 1);
		String district = DISTRICTS.get((i / templateCount) % DISTRICTS.size());
		return template.toBuilder().code(code).name(district + template.name()).build();
	}

	private static void insert(ItemStore store, ServiceItem item, int i) {
		String id = UUID.randomUUID().toString();
		Instant now = Instant.now();
		store.insertItem(ItemRecords.newItem(id, item, "PUBLISHED", 1, i % 5000, "bench", now));
		store.insertVersion(new VersionRecord(id, 1, "PUBLISHED", ItemContentCodec.write(item), "bench", now));
	}

}

package org.shengshi.catalog.searching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shengshi.catalog.items.CatalogChanged;
import org.shengshi.catalog.items.CurrentVersionRecord;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SearchDocument;
import org.shengshi.catalog.seed.Department;
import org.shengshi.catalog.seed.SeedCatalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this replica's search index equal to the published items in the database: built
 * in full at startup (before the service reports ready), updated right after a local
 * commit ({@link CatalogChanged}), and every {@code shengshi.catalog.index.sync-interval}
 * (1 s) from the items changed since the last look, which is how changes made by other
 * replicas arrive. Published items are indexed; suspended, retired and unpublished ones
 * are removed.
 */
@Component
@Order(IndexSync.ORDER)
class IndexSync implements ApplicationRunner {

	/** After the seed import. */
	static final int ORDER = 10;

	/**
	 * Overlap of each look back: a transaction may commit a little after the time it
	 * wrote into {@code updated_at}.
	 */
	static final Duration LOOK_BACK = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

	private final ItemStore store;

	private final CatalogSearchIndex index;

	private final SeedCatalog seed;

	/** The {@code updated_at} of each item as last applied, to skip unchanged items. */
	private final Map<String, Instant> applied = new ConcurrentHashMap<>();

	private volatile Instant watermark;

	IndexSync(ItemStore store, CatalogSearchIndex index, SeedCatalog seed) {
		this.store = store;
		this.index = index;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		rebuild();
	}

	/** Rebuilds the index from every published item. */
	void rebuild() {
		Instant started = Instant.now();
		List<CurrentVersionRecord> published = this.store.findPublishedContent();
		this.index.rebuild(published.stream().map(this::document).toList());
		this.applied.clear();
		published.forEach((item) -> this.applied.put(item.itemCode(), item.updatedAt()));
		this.watermark = published.stream()
			.map(CurrentVersionRecord::updatedAt)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		log.info("search index built from the database: {} items in {} ms", published.size(),
				Duration.between(started, Instant.now()).toMillis());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCatalogChanged(CatalogChanged change) {
		this.store.findItem(change.itemCode()).ifPresent((item) -> followChanges(item.updatedAt()));
	}

	@Scheduled(fixedDelayString = "${shengshi.catalog.index.sync-interval:1s}",
			initialDelayString = "${shengshi.catalog.index.sync-interval:1s}")
	void followChanges() {
		Instant since = this.watermark;
		if (since != null) {
			followChanges(since);
		}
	}

	private synchronized void followChanges(Instant since) {
		List<CurrentVersionRecord> changed = this.store.findChangedSince(since.minus(LOOK_BACK));
		for (CurrentVersionRecord item : changed) {
			apply(item);
			if (this.watermark == null || item.updatedAt().isAfter(this.watermark)) {
				this.watermark = item.updatedAt();
			}
		}
	}

	private boolean apply(CurrentVersionRecord item) {
		if (item.updatedAt().equals(this.applied.put(item.itemCode(), item.updatedAt()))) {
			return false;
		}
		int version = (item.currentVersion() != null) ? item.currentVersion() : 0;
		if ("PUBLISHED".equals(item.status()) && item.content() != null) {
			return this.index.upsert(document(item));
		}
		return this.index.remove(item.itemCode(), version);
	}

	/**
	 * The {@code updated_at} (epoch milliseconds) of the latest change in the index:
	 * replicas that have applied the same changes share it, so search results are cached
	 * under it and a replica never reads results computed from an index older than its
	 * own.
	 */
	long watermark() {
		Instant current = this.watermark;
		return (current != null) ? current.toEpochMilli() : 0;
	}

	private SearchDocument document(CurrentVersionRecord item) {
		var content = ItemContentCodec.readItem(item.content());
		String departmentName = this.seed.department(content.departmentCode()).map(Department::name).orElse(null);
		return SearchDocument.of(item.itemCode(), item.currentVersion(), content, departmentName, item.popularity());
	}

}

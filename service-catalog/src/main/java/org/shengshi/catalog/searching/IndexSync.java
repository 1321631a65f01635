package org.shengshi.catalog.searching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.util.ThreadInterruptedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shengshi.catalog.items.CatalogChanged;
import org.shengshi.catalog.items.CurrentVersionRecord;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemStamp;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.IndexFingerprint;
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
 * replicas arrive. Each look reads only codes and change times; content is read for the
 * items whose change this replica has not applied yet. Published items are indexed;
 * suspended, retired and unpublished ones are removed.
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

	/** Items whose content one query reads while following changes. */
	static final int READ_BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

	private final ItemStore store;

	private final CatalogSearchIndex index;

	private final SeedCatalog seed;

	/** The {@code updated_at} of each item as last applied, to skip unchanged items. */
	private final Map<String, Instant> applied = new ConcurrentHashMap<>();

	private volatile Instant watermark;

	/**
	 * When the last full look began: every change committed after it has an
	 * {@code updated_at} later than this minus {@link #LOOK_BACK}, so the next look
	 * starts there, however long ago the latest change was.
	 */
	private volatile Instant lookedAt;

	/** Sum (mod 2^64) of {@link #changeHash} over {@link #applied}. */
	private volatile long appliedDigest;

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
	synchronized void rebuild() {
		Instant started = Instant.now();
		this.lookedAt = started;
		List<CurrentVersionRecord> published = this.store.findPublishedContent();
		this.index.rebuild(published.stream().map(this::document).toList());
		this.applied.clear();
		long digest = 0;
		for (CurrentVersionRecord item : published) {
			this.applied.put(item.itemCode(), item.updatedAt());
			digest += changeHash(item.itemCode(), item.updatedAt());
		}
		this.appliedDigest = digest;
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
	synchronized void followChanges() {
		Instant since = this.lookedAt;
		if (since != null) {
			Instant looking = Instant.now();
			try {
				followChanges(since);
				this.lookedAt = looking;
			}
			catch (ThreadInterruptedException ex) {
				// the application is stopping; what was not applied is read again at the
				// next start
				Thread.currentThread().interrupt();
				log.info("search index sync stopped while applying changes (shutting down)");
			}
		}
	}

	private synchronized void followChanges(Instant since) {
		List<String> unseen = this.store.findChangedSince(since.minus(LOOK_BACK))
			.stream()
			.filter((stamp) -> !stamp.updatedAt().equals(this.applied.get(stamp.itemCode())))
			.map(ItemStamp::itemCode)
			.toList();
		for (int from = 0; from < unseen.size(); from += READ_BATCH) {
			for (CurrentVersionRecord item : this.store
				.findCurrent(unseen.subList(from, Math.min(unseen.size(), from + READ_BATCH)))) {
				apply(item);
				if (this.watermark == null || item.updatedAt().isAfter(this.watermark)) {
					this.watermark = item.updatedAt();
				}
			}
		}
	}

	/**
	 * Applies one change to the index; it counts as applied only once the index has it,
	 * so a write that fails is tried again at the next look.
	 */
	private void apply(CurrentVersionRecord item) {
		Instant before = this.applied.get(item.itemCode());
		if (item.updatedAt().equals(before)) {
			return;
		}
		int version = (item.currentVersion() != null) ? item.currentVersion() : 0;
		if ("PUBLISHED".equals(item.status()) && item.content() != null) {
			this.index.upsert(document(item));
		}
		else {
			this.index.remove(item.itemCode(), version);
		}
		this.applied.put(item.itemCode(), item.updatedAt());
		long digest = this.appliedDigest + changeHash(item.itemCode(), item.updatedAt());
		this.appliedDigest = (before != null) ? digest - changeHash(item.itemCode(), before) : digest;
	}

	/**
	 * What the index holds, as a stamp for the keys of cached results: the
	 * {@code updated_at} (epoch milliseconds) of the latest change applied and an
	 * order-independent digest of every change applied. Replicas that have applied the
	 * same changes share it, and any change applied changes it, even one committed late
	 * with an earlier {@code updated_at}; so a replica never reads results computed from
	 * an index older than its own. Changed only after the index itself.
	 */
	String stamp() {
		Instant current = this.watermark;
		return ((current != null) ? current.toEpochMilli() : 0) + "." + Long.toHexString(this.appliedDigest);
	}

	/** 64 bits of SHA-256 of {@code code@millis}: the same on every replica. */
	private static long changeHash(String itemCode, Instant updatedAt) {
		return IndexFingerprint.hash64(itemCode + "@" + updatedAt.toEpochMilli());
	}

	private SearchDocument document(CurrentVersionRecord item) {
		var content = ItemContentCodec.readItem(item.content());
		String departmentName = this.seed.department(content.departmentCode()).map(Department::name).orElse(null);
		return SearchDocument.of(item.itemCode(), item.currentVersion(), content, departmentName, item.popularity());
	}

}

package org.shengshi.catalog.seeding;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shengshi.catalog.items.ItemCodes;
import org.shengshi.catalog.items.ItemContentCodec;
import org.shengshi.catalog.items.ItemRecord;
import org.shengshi.catalog.items.ItemRecords;
import org.shengshi.catalog.items.ItemStore;
import org.shengshi.catalog.items.VersionRecord;
import org.shengshi.catalog.seed.SeedCatalog;
import org.shengshi.catalog.seed.SeedItem;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the seed items that are not in the database yet, as published version 1, before
 * the search index is built. Runs before the service reports ready. Off with
 * {@code shengshi.catalog.seed.enabled=false}.
 */
@Component
@Order(SeedImporter.ORDER)
@ConditionalOnProperty(name = "shengshi.catalog.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedImporter implements ApplicationRunner {

	/** Runs before the search index is built from the database. */
	static final int ORDER = 0;

	static final String SEED_ACTOR = "system:seed";

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final SeedCatalog seed;

	private final ItemStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SeedImporter(SeedCatalog seed, ItemStore store, TransactionTemplate transactions, Clock clock) {
		this.seed = seed;
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			Integer stored = this.transactions.execute((status) -> importMissing());
			log.info("seed catalog: {} items stored, {} in the seed", stored, this.seed.items().size());
		}
		catch (DuplicateKeyException ex) {
			log.info("seed catalog: another instance stored the seed at the same time; leaving it");
		}
	}

	/** Stores the missing seed items; returns how many. */
	int importMissing() {
		Set<String> present = new HashSet<>(this.store.findAllItemCodes());
		List<SeedItem> missing = this.seed.items()
			.stream()
			.filter((item) -> !present.contains(ItemCodes.of(item.item())))
			.toList();
		Instant now = this.clock.instant();
		for (SeedItem item : missing) {
			String id = UUID.randomUUID().toString();
			ItemRecord row = ItemRecords.newItem(id, item.item(), "PUBLISHED", 1, item.popularity(), SEED_ACTOR, now);
			this.store.insertItem(row);
			this.store.insertVersion(
					new VersionRecord(id, 1, "PUBLISHED", ItemContentCodec.write(item.item()), SEED_ACTOR, now));
		}
		return missing.size();
	}

}

package org.shengshi.catalog.items;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.shengshi.catalog.item.ServiceItem;
import org.shengshi.catalog.seed.SeedCatalog;

/**
 * Test data: fresh items (unique basic codes) made from a seed item's content.
 */
public final class StoredItems {

	private StoredItems() {
	}

	/** The content of seed item {@code key} under a new, unique basic code. */
	public static ServiceItem freshCopy(SeedCatalog seed, String key) {
		ServiceItem template = seed.item(key).orElseThrow().item();
		int number = Math.floorMod(UUID.randomUUID().hashCode(), 99_999_000) + 1000;
		String basic = template.type().code() + String.format("%08d", number);
		return template.toBuilder().code(basic).build();
	}

	/** A fresh item in {@code department} with 居住证申领's content. */
	public static ServiceItem freshItem(SeedCatalog seed, String department) {
		ServiceItem copy = freshCopy(seed, "QR00103001@440100-GA");
		return copy.toBuilder().department(department).build();
	}

	static ItemRecord row(ServiceItem content, String status, Integer version) {
		return ItemRecords.newItem(UUID.randomUUID().toString(), content, status, version, 7,
				"publisher-" + content.departmentCode(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

}

package org.shengshi.catalog.listing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Test-data builder for service item rows.
 */
final class Items {

	private Items() {
	}

	static ItemRow item(String departmentCode, String status) {
		String code = "XK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return new ItemRow(UUID.randomUUID().toString(), code, "居住证申领 " + code, "XK", departmentCode,
				departmentCode.substring(0, 6), "NATURAL_PERSON", status, "PUBLISHED".equals(status) ? 1 : null, false,
				0, 0L, 10, 5L, "publisher-" + departmentCode, now, now);
	}

}

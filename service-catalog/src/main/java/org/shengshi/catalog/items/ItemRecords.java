package org.shengshi.catalog.items;

import java.time.Instant;

import org.shengshi.catalog.item.Audience;
import org.shengshi.catalog.item.ServiceItem;

/**
 * Builds {@link ItemRecord} rows from item content: the list columns are copies of the
 * current version's content, for listings and filters.
 */
public final class ItemRecords {

	private ItemRecords() {
	}

	/**
	 * A new item row; {@code currentVersion} is {@code null} until the first approval.
	 */
	public static ItemRecord newItem(String id, ServiceItem content, String status, Integer currentVersion,
			long popularity, String createdBy, Instant now) {
		return new ItemRecord(id, ItemCodes.of(content), content.name(), typeCode(content), content.departmentCode(),
				content.regionCode(), audience(content), status, currentVersion, content.instant(), content.visits(),
				content.fee().amountFen(), promisedDays(content), popularity, createdBy, now, now);
	}

	/** {@code item} now published as {@code version} with {@code content}. */
	public static ItemRecord published(ItemRecord item, ServiceItem content, int version, Instant now) {
		return new ItemRecord(item.id(), item.itemCode(), content.name(), typeCode(content), item.departmentCode(),
				content.regionCode(), audience(content), "PUBLISHED", version, content.instant(), content.visits(),
				content.fee().amountFen(), promisedDays(content), item.popularity(), item.createdBy(), item.createdAt(),
				now);
	}

	private static String typeCode(ServiceItem content) {
		return (content.type() != null) ? content.type().code() : "";
	}

	private static int promisedDays(ServiceItem content) {
		return (content.timeLimits() != null) ? content.timeLimits().promisedDays() : 0;
	}

	private static String audience(ServiceItem content) {
		if (content.audiences().size() > 1) {
			return "BOTH";
		}
		return content.audiences().stream().findFirst().map(Audience::name).orElse("");
	}

}

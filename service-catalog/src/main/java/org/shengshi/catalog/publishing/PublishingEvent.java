package org.shengshi.catalog.publishing;

import java.time.Instant;

/**
 * What the service layer writes to its outbox after a transition, as the {@code data} of
 * a CloudEvents envelope of type {@link #type()} with subject {@link #itemId()}. Search
 * indexes and caches of every replica act on it.
 *
 * @param type e.g. {@code catalog.item.published}
 * @param itemId the item
 * @param itemCode basic item code
 * @param departmentCode implementing department
 * @param version version concerned
 * @param actorSubject who caused it
 * @param at when
 */
public record PublishingEvent(String type, String itemId, String itemCode, String departmentCode, int version,
		String actorSubject, Instant at) {
}

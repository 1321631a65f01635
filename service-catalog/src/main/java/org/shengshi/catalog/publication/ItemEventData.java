package org.shengshi.catalog.publication;

import java.time.Instant;

/**
 * {@code data} of the {@code catalog.item.*} events (data version 1); the event subject
 * is the item code.
 *
 * @param itemCode public item code, e.g. {@code QR00103001-440100-GA}
 * @param basicCode GB/T 39554.1 basic code
 * @param version the published version concerned
 * @param actorSubject who acted
 */
record ItemEventData(String itemId, String itemCode, String basicCode, String departmentCode, int version,
		String actorSubject, Instant at) {
}

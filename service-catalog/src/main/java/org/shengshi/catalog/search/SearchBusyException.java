package org.shengshi.catalog.search;

import java.time.Duration;

/**
 * The index had no free turn for a search within the configured wait: the replica is
 * overloaded. Answered as 503 with Retry-After; nothing was changed.
 */
public final class SearchBusyException extends RuntimeException {

	SearchBusyException(Duration waited) {
		super("no search turn was free within " + waited.toMillis() + " ms");
	}

}

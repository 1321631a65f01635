package org.shengshi.catalog.searching;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.shengshi.catalog.search.CatalogSearchIndex;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the replica's search index.
 *
 * @param maxConcurrent searches that may run in the index at once
 * ({@code SHENGSHI_CATALOG_SEARCH_MAX_CONCURRENT}); 0, the default, means one per
 * processor. A search is CPU work, so more at once only makes each slower.
 * @param queueTimeout longest a search waits for its turn before the replica answers 503
 * {@code SEARCH_BUSY} with Retry-After ({@code SHENGSHI_CATALOG_SEARCH_QUEUE_TIMEOUT});
 * by default {@link CatalogSearchIndex#DEFAULT_QUEUE_TIMEOUT}
 */
@ConfigurationProperties("shengshi.catalog.search")
record SearchProperties(@DefaultValue("0") int maxConcurrent, @Nullable Duration queueTimeout) {

	SearchProperties {
		if (queueTimeout == null) {
			queueTimeout = CatalogSearchIndex.DEFAULT_QUEUE_TIMEOUT;
		}
		if (maxConcurrent < 0) {
			throw new IllegalArgumentException("shengshi.catalog.search.max-concurrent (SHENGSHI_CATALOG_SEARCH_MAX_"
					+ "CONCURRENT) must be 0 (one per processor) or more, got " + maxConcurrent);
		}
		if (queueTimeout.isNegative()) {
			throw new IllegalArgumentException("shengshi.catalog.search.queue-timeout (SHENGSHI_CATALOG_SEARCH_QUEUE_"
					+ "TIMEOUT) cannot be negative, got " + queueTimeout);
		}
	}

	/** Searches allowed at once on this machine. */
	int permits() {
		return (this.maxConcurrent > 0) ? this.maxConcurrent : Runtime.getRuntime().availableProcessors();
	}

}

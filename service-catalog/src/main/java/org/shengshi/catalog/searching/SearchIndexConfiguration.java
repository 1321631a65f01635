package org.shengshi.catalog.searching;

import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SynonymDictionary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The replica's in-memory search index, filled from the database by {@link IndexSync} and
 * closed on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchIndexConfiguration {

	@Bean(destroyMethod = "close")
	CatalogSearchIndex catalogSearchIndex() {
		return new CatalogSearchIndex(SynonymDictionary.bundled());
	}

}

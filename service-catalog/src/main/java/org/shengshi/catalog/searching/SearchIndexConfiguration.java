package org.shengshi.catalog.searching;

import org.shengshi.catalog.reference.CertificateTypeDirectory;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SynonymDictionary;
import org.shengshi.catalog.seed.SeedLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the replica's in-memory search index from the bundled seed catalog at startup
 * and closes it on shutdown.
 */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

	@Bean(destroyMethod = "close")
	CatalogSearchIndex catalogSearchIndex() {
		CatalogSearchIndex index = new CatalogSearchIndex(SynonymDictionary.bundled());
		index.rebuild(new SeedLoader(CertificateTypeDirectory.bundled()).load().searchDocuments());
		return index;
	}

}

package org.shengshi.catalog.searching;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.shengshi.catalog.search.CatalogSearchIndex;
import org.shengshi.catalog.search.SearchGate;
import org.shengshi.catalog.search.SynonymDictionary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The replica's in-memory search index, filled from the database by {@link IndexSync} and
 * closed on shutdown. The gauge {@code shengshi.catalog.search.waiting} shows searches
 * waiting for a turn ({@link SearchProperties#maxConcurrent}); the counters
 * {@code shengshi.catalog.search.index.runs} and
 * {@code shengshi.catalog.search.index.cpu} (seconds) what the index costs per search.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SearchProperties.class)
class SearchIndexConfiguration {

	@Bean
	SearchGate searchGate(SearchProperties properties, ObjectProvider<MeterRegistry> meters) {
		SearchGate gate = new SearchGate(properties.permits(), properties.queueTimeout());
		meters.ifAvailable((registry) -> {
			Gauge.builder("shengshi.catalog.search.waiting", gate, SearchGate::waiting)
				.description("Searches waiting for a turn in this replica's index")
				.register(registry);
			FunctionCounter.builder("shengshi.catalog.search.index.runs", gate, SearchGate::runs)
				.description("Searches that have run in this replica's index")
				.register(registry);
			FunctionCounter.builder("shengshi.catalog.search.index.cpu", gate, (counted) -> counted.cpuNanos() / 1e9)
				.baseUnit("seconds")
				.description("CPU time searches have spent in this replica's index")
				.register(registry);
		});
		return gate;
	}

	@Bean(destroyMethod = "close")
	CatalogSearchIndex catalogSearchIndex(SearchGate gate) {
		return new CatalogSearchIndex(SynonymDictionary.bundled(), gate);
	}

}

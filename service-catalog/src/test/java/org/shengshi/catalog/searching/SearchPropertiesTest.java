package org.shengshi.catalog.searching;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.search.CatalogSearchIndex;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchPropertiesTest {

	@Test
	void withNothingSetOneSearchPerProcessorWaitsTheIndexsDefault() {
		SearchProperties properties = bind(Map.of());

		assertThat(properties.permits()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(properties.queueTimeout()).isEqualTo(CatalogSearchIndex.DEFAULT_QUEUE_TIMEOUT);
	}

	@Test
	void takesWhatIsSet() {
		SearchProperties properties = bind(Map.of("shengshi.catalog.search.max-concurrent", "3",
				"shengshi.catalog.search.queue-timeout", "250ms"));

		assertThat(properties.permits()).isEqualTo(3);
		assertThat(properties.queueTimeout()).isEqualTo(Duration.ofMillis(250));
	}

	@Test
	void refusesNegativeValuesNamingTheVariable() {
		assertThatThrownBy(() -> bind(Map.of("shengshi.catalog.search.max-concurrent", "-1")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("SHENGSHI_CATALOG_SEARCH_MAX_CONCURRENT");
		assertThatThrownBy(() -> bind(Map.of("shengshi.catalog.search.queue-timeout", "-1s")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("SHENGSHI_CATALOG_SEARCH_QUEUE_TIMEOUT");
	}

	private static SearchProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("shengshi.catalog.search",
				SearchProperties.class);
	}

}

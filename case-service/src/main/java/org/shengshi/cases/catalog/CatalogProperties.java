package org.shengshi.cases.catalog;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shengshi.catalog.base-url} (env {@code SHENGSHI_CATALOG_BASE_URL}): where
 * service-catalog answers, e.g. {@code http://127.0.0.1:8082}.
 *
 * @param baseUrl service-catalog's base URL
 */
@ConfigurationProperties("shengshi.catalog")
record CatalogProperties(URI baseUrl) {

	CatalogProperties {
		if (baseUrl == null) {
			throw new IllegalArgumentException("shengshi.catalog.base-url is required");
		}
	}

}

package org.shengshi.cases.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfiguration {

	@Bean
	CatalogClient catalogClient(RestClient.Builder builder, CatalogProperties properties) {
		return new HttpCatalogClient(builder.clone().baseUrl(properties.baseUrl().toString()).build());
	}

}

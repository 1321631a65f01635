package org.shengshi.platform.web;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/**
 * Gives every {@code RestClient} built from Boot's {@code RestClient.Builder} connect and
 * read timeouts, so a slow neighbour cannot hold a request thread forever. Timeouts set
 * through Boot's own {@code spring.http.clients.*} properties win over ours; SSL bundles
 * and redirects configured there are kept.
 */
class RestClientTimeoutsCustomizer implements RestClientCustomizer {

	private final ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder;

	private final HttpClientSettings settings;

	RestClientTimeoutsCustomizer(ClientHttpRequestFactoryBuilder<?> requestFactoryBuilder,
			HttpClientSettings bootSettings, ShengshiWebProperties.Client timeouts) {
		this.requestFactoryBuilder = requestFactoryBuilder;
		this.settings = bootSettings.withTimeouts(
				(bootSettings.connectTimeout() != null) ? bootSettings.connectTimeout() : timeouts.connectTimeout(),
				(bootSettings.readTimeout() != null) ? bootSettings.readTimeout() : timeouts.readTimeout());
	}

	HttpClientSettings settings() {
		return this.settings;
	}

	@Override
	public void customize(RestClient.Builder builder) {
		builder.requestFactory(this.requestFactoryBuilder.build(this.settings));
	}

}

package org.shengshi.cases.remote;

import java.net.URI;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Clients of the other platform services, built from Boot's {@link RestClient.Builder}
 * (traceparent, platform timeouts).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemoteProperties.class)
class RemoteConfiguration {

	@Bean
	ServiceToken serviceToken(RestClient.Builder builder, RemoteProperties properties, Clock clock) {
		return new ServiceToken(builder.clone().build(), properties, clock);
	}

	@Bean
	PaymentsClient paymentsClient(RestClient.Builder builder, RemoteProperties properties, ServiceToken token) {
		return new PaymentsClient(client(builder, properties.paymentsUrl()), token);
	}

	@Bean
	IdentityClient identityClient(RestClient.Builder builder, RemoteProperties properties, ServiceToken token) {
		return new IdentityClient(client(builder, properties.identityUrl()), token);
	}

	@Bean
	CertificatesClient certificatesClient(RestClient.Builder builder, RemoteProperties properties) {
		return new CertificatesClient(client(builder, properties.certificatesUrl()));
	}

	private static RestClient client(RestClient.Builder builder, URI baseUrl) {
		return builder.clone().baseUrl(baseUrl.toString()).build();
	}

}

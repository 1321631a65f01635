package org.shengshi.certificate.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where identity-service and the token endpoint are, and this service's own client
 * ({@code shengshi.identity-client.*}, filled from the local stack's
 * {@code SHENGSHI_SERVICES_IDENTITY_URL} and {@code SHENGSHI_KEYCLOAK_*} in
 * application.yml).
 *
 * @param url base URL of identity-service
 * @param tokenUri Keycloak token endpoint
 * @param clientId this service's confidential client
 * @param clientSecret its secret
 * @param connectTimeout connect timeout of both calls
 * @param readTimeout read timeout of both calls
 */
@ConfigurationProperties("shengshi.identity-client")
public record IdentityClientProperties(String url, String tokenUri, String clientId, String clientSecret,
		Duration connectTimeout, Duration readTimeout) {

	public IdentityClientProperties {
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(5);
	}

	@Override
	public String toString() {
		return "IdentityClientProperties[url=" + this.url + ", tokenUri=" + this.tokenUri + ", clientId="
				+ this.clientId + "]";
	}

}

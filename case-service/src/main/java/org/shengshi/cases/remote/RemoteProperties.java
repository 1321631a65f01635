package org.shengshi.cases.remote;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the other platform services answer and how case-service obtains its own
 * client-credentials token ({@code shengshi.remote.*}; application.yml maps the local
 * stack's {@code SHENGSHI_SERVICES_*_URL} and {@code SHENGSHI_KEYCLOAK_*} variables onto
 * them).
 *
 * @param identityUrl identity-service
 * @param paymentsUrl payment-adapter
 * @param certificatesUrl e-certificate-service
 * @param tokenUri Keycloak's token endpoint of realm {@code shengshi}
 * @param clientId case-service's own confidential client
 * @param clientSecret its secret
 */
@ConfigurationProperties("shengshi.remote")
record RemoteProperties(URI identityUrl, URI paymentsUrl, URI certificatesUrl, URI tokenUri, String clientId,
		String clientSecret) {

	RemoteProperties {
		require(identityUrl, "identity-url");
		require(paymentsUrl, "payments-url");
		require(certificatesUrl, "certificates-url");
		require(tokenUri, "token-uri");
		require(clientId, "client-id");
		clientSecret = (clientSecret != null) ? clientSecret : "";
	}

	private static void require(Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("shengshi.remote." + name + " is required");
		}
	}

}

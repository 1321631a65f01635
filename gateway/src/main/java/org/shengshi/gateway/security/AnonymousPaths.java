package org.shengshi.gateway.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * The only requests the gateway lets through without a token. Everything else needs a
 * valid access token.
 */
final class AnonymousPaths {

	/** Catalog browsing and search, certificate public keys. */
	static final List<String> PUBLIC_READS = List.of("/api/v1/catalog/items/**", "/api/v1/catalog/search/**",
			"/api/v1/catalog/bundles/**", "/api/v1/catalog/themes/**", "/api/v1/certificates/keys/**");

	/** Payment channel callbacks; payment-adapter verifies each by its signature. */
	static final List<String> PAYMENT_CALLBACKS = List.of("/api/v1/payments/callbacks/**");

	/**
	 * Resident sign-up by phone (code by SMS, then the account); identity-service limits
	 * it.
	 */
	static final List<String> SIGNUP = List.of("/api/v1/identity/signup", "/api/v1/identity/signup/otp");

	/** Probes, metrics scraping and API documentation, any method. */
	static final List<String> OPERATIONS = List.of("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/webjars/**");

	static final HttpMethod PUBLIC_READ_METHOD = HttpMethod.GET;

	static final HttpMethod CALLBACK_METHOD = HttpMethod.POST;

	static final HttpMethod SIGNUP_METHOD = HttpMethod.POST;

	private AnonymousPaths() {
	}

}

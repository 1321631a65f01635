package org.shengshi.gateway.routing;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services listen ({@code SHENGSHI_GATEWAY_SERVICES_IDENTITY} and so on).
 *
 * @param identity identity-service
 * @param catalog service-catalog
 * @param cases case-service
 * @param payments payment-adapter
 * @param certificates e-certificate-service
 */
@Validated
@ConfigurationProperties("shengshi.gateway.services")
public record ServicesProperties(@NotNull @DefaultValue("http://127.0.0.1:8081") URI identity,
		@NotNull @DefaultValue("http://127.0.0.1:8082") URI catalog,
		@NotNull @DefaultValue("http://127.0.0.1:8083") URI cases,
		@NotNull @DefaultValue("http://127.0.0.1:8084") URI payments,
		@NotNull @DefaultValue("http://127.0.0.1:8085") URI certificates) {

	public ServicesProperties {
		requireHttpOrigin("identity", identity);
		requireHttpOrigin("catalog", catalog);
		requireHttpOrigin("cases", cases);
		requireHttpOrigin("payments", payments);
		requireHttpOrigin("certificates", certificates);
	}

	private static void requireHttpOrigin(String name, URI uri) {
		if (uri == null) {
			return;
		}
		boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
		boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
		if (!http || uri.getHost() == null || !bare || uri.getRawQuery() != null) {
			throw new IllegalArgumentException("shengshi.gateway.services." + name
					+ " must be an http(s) origin such as http://127.0.0.1:8081, not " + uri);
		}
	}

}

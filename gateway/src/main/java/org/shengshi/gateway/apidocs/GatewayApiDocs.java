package org.shengshi.gateway.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the gateway itself in Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocs {

	private static final String DESCRIPTION = """
			The single entry point of the Shengshi (省事) platform. Choose a service in the list above for its API.

			- **Authentication**: `Authorization: Bearer <access token>` from Keycloak realm `shengshi` \
			(audience `shengshi-api`), relayed unchanged to the services. Anonymous: catalog browsing and search, \
			certificate public keys, payment channel callbacks.
			- **Request id**: send `X-Request-Id` (`[A-Za-z0-9._-]{1,64}`) or get one; it is echoed and in every error.
			- **Errors made by the gateway** are `application/problem+json` with a stable `code`: \
			`UNAUTHENTICATED` 401, `ACCESS_DENIED` 403, `CORS_ORIGIN_NOT_ALLOWED` 403, `NOT_FOUND` 404, \
			`METHOD_NOT_ALLOWED` 405, `PAYLOAD_TOO_LARGE` 413, `RATE_LIMITED` 429 (with `Retry-After`), \
			`SERVICE_UNAVAILABLE` 503, `UPSTREAM_TIMEOUT` 504. `Accept-Language: en` for English.
			""";

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI().info(new Info().title("Shengshi gateway").version("v1").description(DESCRIPTION))
			.addServersItem(new Server().url("/").description("this gateway"))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}

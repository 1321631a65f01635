package org.shengshi.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Declares the bearer (JWT) security scheme in the service's OpenAPI document and
 * requires it for every operation, so Swagger UI offers an "Authorize" button.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiSecurityAutoConfiguration {

	static final String SCHEME = "bearer-jwt";

	@Bean
	OpenApiCustomizer shengshiBearerSecurityScheme() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("Keycloak access token of the shengshi realm"));
			openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
		};
	}

}

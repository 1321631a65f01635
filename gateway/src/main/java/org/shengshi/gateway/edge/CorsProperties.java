package org.shengshi.gateway.edge;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which web app origins may call the API from a browser.
 *
 * @param allowedOrigins exact origins ({@code SHENGSHI_GATEWAY_CORS_ALLOWED_ORIGINS},
 * comma separated)
 * @param maxAge how long a browser may cache a preflight answer
 */
@Validated
@ConfigurationProperties("shengshi.gateway.cors")
public record CorsProperties(@NotNull @DefaultValue( {
		"http://localhost:5173", "http://127.0.0.1:5173" }) List<String> allowedOrigins,
		@NotNull @DefaultValue("1h") Duration maxAge){

	public CorsProperties {
		if (allowedOrigins != null && allowedOrigins.contains("*")) {
			throw new IllegalArgumentException("shengshi.gateway.cors.allowed-origins must list origins, not *");
		}
	}

}

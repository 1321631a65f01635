package org.shengshi.gateway.edge;

import org.shengshi.gateway.filters.EdgeFilter;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Sets the security headers on every response, errors included, replacing whatever a
 * service sent. HSTS is sent on every response because TLS ends in front of the gateway.
 * The API gets a Content-Security-Policy that allows nothing; Swagger UI gets one that
 * allows its own scripts, styles and images.
 */
@Component
class SecurityHeadersFilter implements EdgeFilter {

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private static final PathPattern[] SWAGGER_UI = { PathPatternParser.defaultInstance.parse("/swagger-ui/**"),
			PathPatternParser.defaultInstance.parse("/swagger-ui.html"),
			PathPatternParser.defaultInstance.parse("/webjars/swagger-ui/**") };

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String policy = isSwaggerUi(exchange.getRequest().getPath().pathWithinApplication()) ? SWAGGER_UI_POLICY
				: API_POLICY;
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("X-Frame-Options", "DENY");
			headers.set("Referrer-Policy", "no-referrer");
			headers.set("Content-Security-Policy", policy);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private static boolean isSwaggerUi(PathContainer path) {
		for (PathPattern pattern : SWAGGER_UI) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return EdgeOrder.SECURITY_HEADERS;
	}

}

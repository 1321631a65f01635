package org.shengshi.gateway.edge;

import java.util.List;

import org.shengshi.gateway.filters.EdgeFilter;
import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * CORS for the configured app origins, answered before security so preflights need no
 * token. A cross-origin request from any other origin gets 403
 * {@code CORS_ORIGIN_NOT_ALLOWED}. Bearer tokens, not cookies, so no credentials mode.
 */
@Component
class CorsFilter implements EdgeFilter {

	private static final List<String> CORS_RESPONSE_HEADERS = List.of(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
			HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS);

	private final CorsConfiguration configuration;

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final ProblemResponses problems;

	CorsFilter(CorsProperties properties, ProblemResponses problems) {
		this.problems = problems;
		this.configuration = new CorsConfiguration();
		this.configuration.setAllowedOrigins(properties.allowedOrigins());
		this.configuration.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
				HttpMethod.POST.name(), HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
		this.configuration
			.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
					HttpHeaders.ACCEPT_LANGUAGE, "Idempotency-Key", "X-Request-Id", "traceparent", "tracestate"));
		this.configuration.setExposedHeaders(List.of("X-Request-Id", HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
				HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.CONTENT_LANGUAGE));
		this.configuration.setAllowCredentials(false);
		this.configuration.setMaxAge(properties.maxAge());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		if (!this.processor.process(this.configuration, exchange)) {
			return this.problems.write(exchange, GatewayProblem.CORS_ORIGIN_NOT_ALLOWED);
		}
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return Mono.empty();
		}
		exchange.getResponse().beforeCommit(() -> {
			keepOnlyTheGatewaysCorsHeaders(exchange.getResponse().getHeaders());
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	/**
	 * A service that also answers CORS would double the headers the gateway set first.
	 */
	private static void keepOnlyTheGatewaysCorsHeaders(HttpHeaders headers) {
		for (String name : CORS_RESPONSE_HEADERS) {
			List<String> values = headers.get(name);
			if (values != null && values.size() > 1) {
				headers.set(name, values.get(0));
			}
		}
	}

	@Override
	public int getOrder() {
		return EdgeOrder.CORS;
	}

}

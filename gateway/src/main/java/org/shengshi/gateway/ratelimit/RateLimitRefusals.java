package org.shengshi.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The answer to a spent budget: 429 {@code RATE_LIMITED} with {@code Retry-After} in
 * whole seconds, counted in {@code shengshi.gateway.ratelimit.rejected{route,scope}}.
 */
@Component
class RateLimitRefusals {

	private final ProblemResponses problems;

	private final MeterRegistry meters;

	RateLimitRefusals(ProblemResponses problems, MeterRegistry meters) {
		this.problems = problems;
		this.meters = meters;
	}

	Mono<Void> refuse(ServerWebExchange exchange, String routeId, String scope, Decision decision) {
		this.meters.counter("shengshi.gateway.ratelimit.rejected", "route", routeId, "scope", scope).increment();
		return this.problems.write(exchange, GatewayProblem.RATE_LIMITED,
				(headers) -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
	}

	static String key(RateLimitProperties properties, String routeId, String scope, String id) {
		return properties.keyPrefix() + ":" + routeId + ":" + scope + ":" + id;
	}

}

package org.shengshi.gateway.ratelimit;

import java.net.InetSocketAddress;

import io.micrometer.core.instrument.MeterRegistry;
import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Checks the route's budget for the client address and, when a token was presented, for
 * its subject, before the request reaches the circuit breaker. A denied request gets 429
 * {@code RATE_LIMITED} with {@code Retry-After}.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

	static final int ORDER = -100;

	private final RateLimiter limiter;

	private final RateLimitProperties properties;

	private final ProblemResponses problems;

	private final MeterRegistry meters;

	RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ProblemResponses problems,
			MeterRegistry meters) {
		this.limiter = limiter;
		this.properties = properties;
		this.problems = problems;
		this.meters = meters;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (!this.properties.enabled() || route == null) {
			return chain.filter(exchange);
		}
		String routeId = route.getId();
		Mono<Decision> byAddress = this.limiter.take(key(routeId, "ip", clientAddress(exchange)),
				this.properties.ipBudget(routeId));
		Mono<Decision> bySubject = exchange.getPrincipal()
			.filter(AbstractOAuth2TokenAuthenticationToken.class::isInstance)
			.flatMap((principal) -> this.limiter.take(key(routeId, "user", principal.getName()),
					this.properties.userBudget(routeId)))
			.defaultIfEmpty(Decision.ALLOWED);
		return Mono.zip(byAddress, bySubject).flatMap((decisions) -> {
			if (decisions.getT1().allowed() && decisions.getT2().allowed()) {
				return chain.filter(exchange);
			}
			String scope = decisions.getT1().allowed() ? "user" : "ip";
			this.meters.counter("shengshi.gateway.ratelimit.rejected", "route", routeId, "scope", scope).increment();
			Decision denied = decisions.getT1().and(decisions.getT2());
			return this.problems.write(exchange, GatewayProblem.RATE_LIMITED,
					(headers) -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(denied.retryAfterSeconds())));
		});
	}

	private String key(String routeId, String scope, String id) {
		return this.properties.keyPrefix() + ":" + routeId + ":" + scope + ":" + id;
	}

	private static String clientAddress(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null || remote.getAddress() == null) {
			return "unknown";
		}
		return remote.getAddress().getHostAddress();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}

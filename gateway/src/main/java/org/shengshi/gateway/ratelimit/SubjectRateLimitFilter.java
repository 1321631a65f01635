package org.shengshi.gateway.ratelimit;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The per-subject budget of the route, for requests with a valid token, checked after
 * routing and before the circuit breaker (a refusal never counts as a service failure).
 */
@Component
class SubjectRateLimitFilter implements GlobalFilter, Ordered {

	static final int ORDER = -100;

	private final RateLimiter limiter;

	private final RateLimitProperties properties;

	private final RateLimitRefusals refusals;

	SubjectRateLimitFilter(RateLimiter limiter, RateLimitProperties properties, RateLimitRefusals refusals) {
		this.limiter = limiter;
		this.properties = properties;
		this.refusals = refusals;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (!this.properties.enabled() || route == null) {
			return chain.filter(exchange);
		}
		String routeId = route.getId();
		return exchange.getPrincipal()
			.filter(AbstractOAuth2TokenAuthenticationToken.class::isInstance)
			.map((subject) -> this.limiter.take(
					RateLimitRefusals.key(this.properties, routeId, "user", subject.getName()),
					this.properties.userBudget(routeId)))
			.defaultIfEmpty(Decision.ALLOWED)
			.flatMap((decision) -> decision.allowed() ? chain.filter(exchange)
					: this.refusals.refuse(exchange, routeId, "user", decision));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}

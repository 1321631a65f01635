package org.shengshi.gateway.ratelimit;

import org.shengshi.gateway.edge.ClientAddresses;
import org.shengshi.gateway.filters.EdgeFilter;
import org.shengshi.gateway.routing.RouteIds;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * The per-address budget of the route a request is for, checked before authentication so
 * that floods of requests without a valid token are limited too. Requests for the
 * gateway's own endpoints and unknown paths share the budget of route {@code gateway}.
 * The address is the client's as {@link ClientAddresses} finds it.
 */
@Component
class AddressRateLimitFilter implements EdgeFilter {

	/** After the edge filters (CORS preflights are answered there), before security. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	private final RateLimiter limiter;

	private final RateLimitProperties properties;

	private final RateLimitRefusals refusals;

	private final ClientAddresses clients;

	AddressRateLimitFilter(RateLimiter limiter, RateLimitProperties properties, RateLimitRefusals refusals,
			ClientAddresses clients) {
		this.limiter = limiter;
		this.properties = properties;
		this.refusals = refusals;
		this.clients = clients;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.properties.enabled()) {
			return chain.filter(exchange);
		}
		String routeId = RouteIds.of(exchange.getRequest());
		String key = RateLimitRefusals.key(this.properties, routeId, "ip", this.clients.of(exchange));
		Decision decision = this.limiter.take(key, this.properties.ipBudget(routeId));
		return decision.allowed() ? chain.filter(exchange) : this.refusals.refuse(exchange, routeId, "ip", decision);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}

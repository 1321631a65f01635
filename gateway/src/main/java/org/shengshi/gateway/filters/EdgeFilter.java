package org.shengshi.gateway.filters;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * One step of the gateway's edge (request id, trace context, access log, security
 * headers, methods, CORS, body size, per-address rate limit), with the contract of a
 * {@link org.springframework.web.server.WebFilter}. {@link EdgeFilterChain} runs them in
 * {@link #getOrder()} order, all before Spring Security.
 */
public interface EdgeFilter extends Ordered {

	/**
	 * Handles the exchange, passing it on with {@code chain.filter} or answering it.
	 */
	Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain);

}

package org.shengshi.gateway.routing;

import java.io.IOException;

import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Calls the service again, up to {@code retries} times, when a {@code GET} or
 * {@code HEAD} without a body failed with an {@link IOException} (connection refused,
 * reset or closed early; also as the cause) before any of the answer was sent to the
 * client. Nothing else is repeated: not writes, not timeouts, not error statuses.
 * <p>
 * Spring Cloud Gateway's {@code Retry} filter, configured the same way, set up a
 * {@code retryWhen} companion for every request and made the route cache every request
 * body for a possible repeat: about 6 % of the gateway's Java samples per request
 * (docs/performance.md, session 15). Here a request that succeeds costs one
 * {@code onErrorResume}.
 */
final class IdempotentRetry implements GatewayFilter {

	private final int retries;

	IdempotentRetry(int retries) {
		this.retries = retries;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!isRepeatable(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		return attempt(exchange, chain, this.retries);
	}

	private static Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, int left) {
		Mono<Void> call = chain.filter(exchange);
		if (left == 0) {
			return call;
		}
		return call.onErrorResume((error) -> isConnectionFailure(error) && !exchange.getResponse().isCommitted(),
				(error) -> {
					reset(exchange);
					return attempt(exchange, chain, left - 1);
				});
	}

	static boolean isRepeatable(ServerHttpRequest request) {
		HttpMethod method = request.getMethod();
		if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
			return false;
		}
		HttpHeaders headers = request.getHeaders();
		return headers.getContentLength() <= 0 && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

	static boolean isConnectionFailure(Throwable error) {
		return error instanceof IOException || error.getCause() instanceof IOException;
	}

	/** What the failed call left on the exchange, so the next call starts clean. */
	private static void reset(ServerWebExchange exchange) {
		Connection connection = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR);
		if (connection != null) {
			connection.dispose();
			exchange.getAttributes().remove(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR);
		}
		ServerWebExchangeUtils.reset(exchange);
	}

}

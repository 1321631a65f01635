package org.shengshi.gateway.correlation;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every exchange a request id, forwards it upstream and echoes it downstream. The
 * echo is set just before the response is committed so an upstream copy of the header
 * never doubles it.
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers((headers) -> headers.set(RequestIds.HEADER, id))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}

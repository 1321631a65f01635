package org.shengshi.gateway.correlation;

import org.shengshi.gateway.filters.EdgeFilter;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every exchange a request id and echoes it downstream; {@link UpstreamCorrelation}
 * forwards it upstream. The echo is set just before the response is committed so an
 * upstream copy of the header never doubles it. The request itself is not rebuilt with
 * the header (a copy of all its headers per request), since the one copy made for the
 * service can carry it.
 */
@Component
class RequestIdFilter implements EdgeFilter {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
		exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}

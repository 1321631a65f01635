package org.shengshi.gateway.correlation;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Continues the caller's W3C trace or starts one, and sends the services a
 * {@code traceparent} whose parent is the gateway's span. An invalid {@code traceparent}
 * starts a new trace and drops the caller's {@code tracestate}, as the specification
 * asks.
 */
@Component
class TraceContextFilter implements WebFilter, Ordered {

	static final String ATTRIBUTE = TraceContextFilter.class.getName() + ".trace";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Optional<TraceParent> incoming = TraceParent
			.parse(exchange.getRequest().getHeaders().getFirst(TraceParent.HEADER));
		TraceParent upstream = incoming.map(TraceParent::child).orElseGet(TraceParent::newTrace);
		exchange.getAttributes().put(ATTRIBUTE, upstream);
		ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> {
			headers.set(TraceParent.HEADER, upstream.header());
			if (incoming.isEmpty()) {
				headers.remove(TraceParent.STATE_HEADER);
			}
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	static String traceId(ServerWebExchange exchange) {
		TraceParent trace = exchange.getAttribute(ATTRIBUTE);
		return (trace != null) ? trace.traceId() : "";
	}

	@Override
	public int getOrder() {
		return RequestIdFilter.ORDER + 1;
	}

}

package org.shengshi.gateway.correlation;

import java.util.Optional;

import org.shengshi.gateway.filters.EdgeFilter;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * Continues the caller's W3C trace or starts one, and sends the services a
 * {@code traceparent} whose parent is the gateway's span. An invalid {@code traceparent}
 * starts a new trace and drops the caller's {@code tracestate}, as the specification
 * asks.
 */
@Component
class TraceContextFilter implements EdgeFilter {

	static final String ATTRIBUTE = TraceContextFilter.class.getName() + ".trace";

	static final String NEW_TRACE_ATTRIBUTE = TraceContextFilter.class.getName() + ".new";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Optional<TraceParent> incoming = TraceParent
			.parse(exchange.getRequest().getHeaders().getFirst(TraceParent.HEADER));
		TraceParent upstream = incoming.map(TraceParent::child).orElseGet(TraceParent::newTrace);
		exchange.getAttributes().put(ATTRIBUTE, upstream);
		if (incoming.isEmpty()) {
			exchange.getAttributes().put(NEW_TRACE_ATTRIBUTE, Boolean.TRUE);
		}
		return chain.filter(exchange);
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

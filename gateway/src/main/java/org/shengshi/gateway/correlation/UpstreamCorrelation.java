package org.shengshi.gateway.correlation;

import io.netty.handler.codec.http.HttpHeaders;

import org.springframework.web.server.ServerWebExchange;

/**
 * The correlation headers of the request a service receives: the exchange's
 * {@code X-Request-Id} ({@link RequestIdFilter}) and the gateway's {@code traceparent}
 * ({@link TraceContextFilter}), without the caller's {@code tracestate} when its trace
 * was not continued. Written into the one copy of the headers the gateway makes for the
 * service, so neither filter rebuilds the request.
 */
public final class UpstreamCorrelation {

	private UpstreamCorrelation() {
	}

	/**
	 * Sets the correlation headers of {@code exchange} on {@code headers}, replacing what
	 * the caller sent under those names.
	 */
	public static void write(ServerWebExchange exchange, HttpHeaders headers) {
		headers.set(RequestIds.HEADER, RequestIds.of(exchange));
		TraceParent trace = exchange.getAttribute(TraceContextFilter.ATTRIBUTE);
		if (trace != null) {
			headers.set(TraceParent.HEADER, trace.header());
			if (exchange.getAttribute(TraceContextFilter.NEW_TRACE_ATTRIBUTE) != null) {
				headers.remove(TraceParent.STATE_HEADER);
			}
		}
	}

}

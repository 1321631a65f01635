package org.shengshi.gateway.correlation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One structured log line per request: method, path without query string, status, route,
 * duration, request id and trace id. Never the query string, headers, body, client
 * address or subject, so no personal data reaches the logs.
 */
@Component
class AccessLogFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("org.shengshi.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> log(exchange, started));
	}

	private void log(ServerWebExchange exchange, long started) {
		if (!log.isInfoEnabled()) {
			return;
		}
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		log.atInfo()
			.addKeyValue("requestId", RequestIds.of(exchange))
			.addKeyValue("traceId", TraceContextFilter.traceId(exchange))
			.addKeyValue("http.method", exchange.getRequest().getMethod().name())
			.addKeyValue("url.path", exchange.getRequest().getPath().value())
			.addKeyValue("http.status", (status != null) ? status.value() : 0)
			.addKeyValue("route", (route != null) ? route.getId() : "")
			.addKeyValue("durationMs", (System.nanoTime() - started) / 1_000_000)
			.log("request handled");
	}

	@Override
	public int getOrder() {
		return RequestIdFilter.ORDER + 2;
	}

}

package org.shengshi.gateway.correlation;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.shengshi.gateway.filters.EdgeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * One structured log line per request: method, path without query string, status, route,
 * duration, request id and trace id. Never the query string, headers, body, client
 * address or subject, so no personal data reaches the logs. The line is written by
 * {@link AccessLogLine}. The same duration times the request ({@link ServerTimings}) and
 * its route ({@link RouteTimings}).
 */
@Component
class AccessLogFilter implements EdgeFilter {

	private static final Logger log = LoggerFactory.getLogger(AccessLogLine.LOGGER);

	private final AccessLogLine line;

	private final RouteTimings timings;

	private final ServerTimings serverTimings;

	AccessLogFilter(Environment environment, MeterRegistry registry) {
		this.timings = new RouteTimings(registry);
		this.serverTimings = new ServerTimings(registry);
		this.line = new AccessLogLine(environment.getProperty("spring.application.name", "gateway"),
				environment.getProperty("spring.application.version"), ProcessHandle.current().pid());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long started = System.nanoTime();
		return chain.filter(exchange).doFinally((signal) -> log(exchange, signal == SignalType.CANCEL, started));
	}

	private void log(ServerWebExchange exchange, boolean aborted, long started) {
		long nanos = System.nanoTime() - started;
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		this.serverTimings.record(exchange, status, aborted, nanos);
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		String method = exchange.getRequest().getMethod().name();
		if (route != null) {
			this.timings.record(route, method, status, nanos);
		}
		if (!log.isInfoEnabled()) {
			return;
		}
		log.info(this.line.format(Instant.now(), Thread.currentThread().getName(), RequestIds.of(exchange),
				TraceContextFilter.traceId(exchange), method, exchange.getRequest().getPath().value(),
				(status != null) ? status.value() : 0, (route != null) ? route.getId() : "", nanos / 1_000_000));
	}

	@Override
	public int getOrder() {
		return RequestIdFilter.ORDER + 2;
	}

}

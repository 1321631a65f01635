package org.shengshi.gateway.correlation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;

/**
 * The time of every request the gateway handled, as the timer {@value #NAME} with the
 * tags Spring's observation gives it ({@code error}, {@code exception}, {@code method},
 * {@code outcome}, {@code status}, {@code uri}) and the same values, so dashboards and
 * alerts on the metric keep working.
 * <p>
 * Spring's observation of each request (turned off in {@code application.yml}) started a
 * long-task timer and a timer sample, built and sorted six tags and looked the timer up
 * by them: about 4 % of the gateway's Java samples per request (docs/performance.md,
 * session 18). Here {@link AccessLogFilter} records the duration it measures for its log
 * line anyway, and each combination of values finds its timer in a map. What is not
 * recorded any more: the long-task timer {@code http.server.requests.active}.
 */
final class ServerTimings {

	static final String NAME = "http.server.requests";

	static final String UNKNOWN = "UNKNOWN";

	static final String NONE = "none";

	private static final Set<HttpMethod> STANDARD_METHODS = Set.of(HttpMethod.values());

	private final MeterRegistry registry;

	private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

	ServerTimings(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Records one request.
	 * @param exchange the request and its answer
	 * @param status the status answered, {@code null} when none was set
	 * @param aborted whether the client went away before the answer was complete
	 * @param nanos how long it took
	 */
	void record(ServerWebExchange exchange, @Nullable HttpStatusCode status, boolean aborted, long nanos) {
		boolean unanswered = aborted && !exchange.getResponse().isCommitted();
		ServerRequestObservationContext context = exchange
			.getAttribute(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE);
		Key key = new Key(method(exchange.getRequest().getMethod()),
				(unanswered || status == null) ? 0 : status.value(), aborted, uri(context, status),
				exception(exchange, context));
		Timer timer = this.timers.get(key);
		if (timer == null) {
			timer = this.timers.computeIfAbsent(key, this::register);
		}
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	private Timer register(Key key) {
		return Timer.builder(NAME)
			.tag("error", key.exception())
			.tag("exception", key.exception())
			.tag("method", key.method())
			.tag("outcome", outcome(key))
			.tag("status", (key.status() != 0) ? Integer.toString(key.status()) : UNKNOWN)
			.tag("uri", key.uri())
			.register(this.registry);
	}

	/**
	 * As Spring's observation: {@code SUCCESS} for any 2xx, the series of a status
	 * {@link HttpStatus} knows, else {@code UNKNOWN}.
	 */
	private static String outcome(Key key) {
		if (key.aborted() || key.status() == 0) {
			return UNKNOWN;
		}
		if (key.status() >= 200 && key.status() < 300) {
			return Outcome.SUCCESS.name();
		}
		HttpStatus known = HttpStatus.resolve(key.status());
		return (known != null) ? known.series().name() : UNKNOWN;
	}

	private static String method(HttpMethod method) {
		return STANDARD_METHODS.contains(method) ? method.name() : UNKNOWN;
	}

	/**
	 * The path pattern a handler mapping of the gateway's own matched (its actuator and
	 * API documentation endpoints); for routed requests none, as with Spring's
	 * observation ({@code spring.cloud.gateway.requests} has their route).
	 */
	private static String uri(@Nullable ServerRequestObservationContext context, @Nullable HttpStatusCode status) {
		String pattern = (context != null) ? context.getPathPattern() : null;
		if (pattern != null) {
			return pattern.isEmpty() ? "root" : pattern;
		}
		if (status != null && status.is3xxRedirection()) {
			return "REDIRECTION";
		}
		if (status != null && status.value() == HttpStatus.NOT_FOUND.value()) {
			return "NOT_FOUND";
		}
		return UNKNOWN;
	}

	/**
	 * The failure an exception handler turned into the answer, else one left unhandled.
	 */
	private static String exception(ServerWebExchange exchange, @Nullable ServerRequestObservationContext context) {
		Throwable failure = exchange.getAttribute(ExceptionHandlingWebHandler.HANDLED_WEB_EXCEPTION);
		if (failure == null && context != null) {
			failure = context.getError();
		}
		if (failure == null) {
			return NONE;
		}
		String name = failure.getClass().getSimpleName();
		return name.isEmpty() ? failure.getClass().getName() : name;
	}

	private record Key(String method, int status, boolean aborted, String uri, String exception) {
	}

}

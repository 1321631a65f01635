package org.shengshi.gateway.correlation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The time each routed request took, as the timer {@value #NAME} with Spring Cloud
 * Gateway's tags: {@code routeId}, {@code routeUri}, {@code httpMethod},
 * {@code httpStatusCode}, {@code status} and {@code outcome}. Spring Cloud Gateway's own
 * metrics filter, one more step of every request's chain, built those six tags and looked
 * the timer up by them for every request (about 2.5 % of the gateway's Java samples,
 * docs/performance.md session 17); here each route, method and status finds its timer in
 * a map, and {@link AccessLogFilter} records the request's whole time in the gateway,
 * which it measures for its log line anyway. Requests no route took (the gateway's own
 * endpoints, those refused before routing) are not timed here; all are in
 * {@code http.server.requests}.
 */
final class RouteTimings {

	static final String NAME = "spring.cloud.gateway.requests";

	private final MeterRegistry registry;

	private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

	RouteTimings(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Records one request that {@code route} took.
	 * @param route the request's route
	 * @param method its method
	 * @param status the status answered, {@code null} when none was set (the client went
	 * away first)
	 * @param nanos how long it took
	 */
	void record(Route route, String method, HttpStatusCode status, long nanos) {
		Key key = new Key(route.getId(), method, (status != null) ? status.value() : 0);
		Timer timer = this.timers.get(key);
		if (timer == null) {
			timer = this.timers.computeIfAbsent(key, (missing) -> register(route, missing));
		}
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	private Timer register(Route route, Key key) {
		HttpStatus known = HttpStatus.resolve(key.status());
		return Timer.builder(NAME)
			.tag("routeId", key.routeId())
			.tag("routeUri", route.getUri().toString())
			.tag("httpMethod", key.method())
			.tag("httpStatusCode", (key.status() != 0) ? Integer.toString(key.status()) : "NA")
			.tag("status", (known != null) ? known.name() : ((key.status() != 0) ? "CUSTOM" : "NA"))
			.tag("outcome", Outcome.forStatus(key.status()).name())
			.register(this.registry);
	}

	private record Key(String routeId, String method, int status) {
	}

}

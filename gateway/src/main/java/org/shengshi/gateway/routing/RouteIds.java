package org.shengshi.gateway.routing;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The id of the route a request will take, known before authentication (for per-address
 * rate limits). It follows the same definitions as {@link ServiceRoutes}; requests for
 * the gateway's own endpoints and unknown paths get {@link #GATEWAY}.
 */
public final class RouteIds {

	public static final String PAYMENT_CALLBACKS = "payments-callbacks";

	/** The gateway's own endpoints (actuator, API docs, Swagger UI) and unknown paths. */
	public static final String GATEWAY = "gateway";

	static final String PAYMENT_CALLBACK_PATHS = "/api/v1/payments/callbacks/**";

	private static final PathPattern CALLBACKS = PathPatternParser.defaultInstance.parse(PAYMENT_CALLBACK_PATHS);

	private RouteIds() {
	}

	public static String of(ServerHttpRequest request) {
		PathContainer path = request.getPath().pathWithinApplication();
		HttpMethod method = request.getMethod();
		if (HttpMethod.POST.equals(method) && CALLBACKS.matches(path)) {
			return PAYMENT_CALLBACKS;
		}
		for (Upstream upstream : Upstream.values()) {
			if (upstream.apiPattern().matches(path)) {
				return upstream.routeId();
			}
			if (HttpMethod.GET.equals(method) && upstream.apiDocsPattern().matches(path)) {
				return upstream.apiDocsRouteId();
			}
		}
		return GATEWAY;
	}

}

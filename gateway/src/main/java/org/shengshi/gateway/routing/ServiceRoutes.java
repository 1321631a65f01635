package org.shengshi.gateway.routing;

import java.net.URI;
import java.util.function.UnaryOperator;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * One route per service for its API, one for its OpenAPI document, and one for payment
 * channel callbacks (its own budgets and circuit). Paths are forwarded unchanged with the
 * caller's {@code Authorization} header.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

	private static final String UPSTREAM_API_DOCS = "/v3/api-docs";

	@Bean
	RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, ServicesProperties services,
			ResilienceProperties resilience) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		routes.route(RouteIds.PAYMENT_CALLBACKS,
				(route) -> proxied(route.order(-1).method(HttpMethod.POST).and().path(RouteIds.PAYMENT_CALLBACK_PATHS),
						RouteIds.PAYMENT_CALLBACKS, services.payments(), resilience, UnaryOperator.identity()));
		for (Upstream upstream : Upstream.values()) {
			URI uri = upstream.uri(services);
			routes.route(upstream.routeId(), (route) -> proxied(route.path(upstream.apiPaths()), upstream.routeId(),
					uri, resilience, UnaryOperator.identity()));
			routes.route(upstream.apiDocsRouteId(),
					(route) -> proxied(route.method(HttpMethod.GET).and().path(upstream.apiDocsPath()),
							upstream.apiDocsRouteId(), uri, resilience,
							(filters) -> filters.setPath(UPSTREAM_API_DOCS)));
		}
		return routes.build();
	}

	private static Buildable<Route> proxied(BooleanSpec predicate, String routeId, URI uri,
			ResilienceProperties resilience, UnaryOperator<GatewayFilterSpec> extraFilters) {
		return predicate.filters((filters) -> {
			filters.circuitBreaker((breaker) -> breaker.setName(routeId));
			if (resilience.idempotentRetries() > 0) {
				filters.filter(new IdempotentRetry(resilience.idempotentRetries()));
			}
			return extraFilters.apply(filters);
		})
			.metadata(UpstreamClients.RESPONSE_TIMEOUT, resilience.responseTimeout(routeId).toMillis())
			.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1L)
			.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) resilience.connectTimeout().toMillis())
			.uri(uri);
	}

}

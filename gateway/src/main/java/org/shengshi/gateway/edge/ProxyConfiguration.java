package org.shengshi.gateway.edge;

import java.util.List;

import org.shengshi.gateway.routing.UpstreamClients;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Cloud Gateway's two filters that call a service and write its answer back, with
 * {@link ProxiedHeaders} as their only header filters instead of every
 * {@link HttpHeadersFilter} bean. Spring Cloud Gateway's own pair is turned off in
 * {@code application.yml}
 * ({@code spring.cloud.gateway.server.webflux.global-filter.netty-routing.enabled}, which
 * governs both). Each call goes out on the event loop that read the request, with its
 * route's timeouts ({@link UpstreamClients}).
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	@Bean
	NettyRoutingFilter upstreamCalls(HttpClient httpClient, ObjectProvider<List<HttpHeadersFilter>> unused,
			HttpClientProperties properties, ClientAddresses clients) {
		List<HttpHeadersFilter> headers = proxiedHeaders(clients);
		UpstreamClients upstreamClients = new UpstreamClients(httpClient);
		return new NettyRoutingFilter(httpClient, unused, properties) {
			@Override
			public List<HttpHeadersFilter> getHeadersFilters() {
				return headers;
			}

			@Override
			protected HttpClient getHttpClient(Route route, ServerWebExchange exchange) {
				return upstreamClients.forRoute(route, exchange.getRequest());
			}
		};
	}

	@Bean
	NettyWriteResponseFilter upstreamAnswers(GatewayProperties gateway, ObjectProvider<List<HttpHeadersFilter>> unused,
			ClientAddresses clients) {
		List<HttpHeadersFilter> headers = proxiedHeaders(clients);
		return new NettyWriteResponseFilter(gateway.getStreamingMediaTypes(), unused) {
			@Override
			public List<HttpHeadersFilter> getHeadersFilters() {
				return headers;
			}
		};
	}

	private static List<HttpHeadersFilter> proxiedHeaders(ClientAddresses clients) {
		return List.of(ProxiedHeaders.toServices(clients), ProxiedHeaders.toClients());
	}

}

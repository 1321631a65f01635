package org.shengshi.gateway.edge;

import java.util.List;

import org.shengshi.gateway.routing.UpstreamClients;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two filters that call a service and write its answer back: {@link UpstreamCall}
 * instead of Spring Cloud Gateway's {@code NettyRoutingFilter}, and {@link AnswerWriter}
 * (Spring Cloud Gateway's {@link NettyWriteResponseFilter}, short bodies written whole)
 * with {@link ProxiedHeaders} as its only header filters (for trailers) instead of every
 * {@link HttpHeadersFilter} bean. Spring Cloud Gateway's own pair is turned off in
 * {@code application.yml}
 * ({@code spring.cloud.gateway.server.webflux.global-filter.netty-routing.enabled}, which
 * governs both). Each call goes out on the event loop that read the request, with its
 * route's timeouts ({@link UpstreamClients}).
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	@Bean
	UpstreamCall upstreamCalls(HttpClient httpClient, ClientAddresses clients) {
		return new UpstreamCall(new UpstreamClients(httpClient), clients);
	}

	@Bean
	NettyWriteResponseFilter upstreamAnswers(GatewayProperties gateway, ObjectProvider<List<HttpHeadersFilter>> unused,
			ClientAddresses clients) {
		return new AnswerWriter(gateway.getStreamingMediaTypes(), unused, proxiedHeaders(clients));
	}

	private static List<HttpHeadersFilter> proxiedHeaders(ClientAddresses clients) {
		return List.of(ProxiedHeaders.toServices(clients), ProxiedHeaders.toClients());
	}

}

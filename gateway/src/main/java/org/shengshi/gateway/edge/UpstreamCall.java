package org.shengshi.gateway.edge;

import java.net.URI;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import org.shengshi.gateway.routing.UpstreamClients;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClientResponse;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Calls the route's service with the client's request and puts the service's status and
 * headers on the response; {@link NettyWriteResponseFilter} then streams the body back.
 * It stands where Spring Cloud Gateway's {@link NettyRoutingFilter} stands and does its
 * work, and that of its {@code RouteToRequestUrlFilter}, for {@code http} and
 * {@code https} routes, with fewer copies:
 * <ul>
 * <li>the headers for the service are {@link ProxiedHeaders}' one Netty copy, handed to
 * the client as they are (Spring Cloud Gateway copied them again into a validating Netty
 * map, which checked every name once more);</li>
 * <li>the service's answer headers go from the Netty map they were read into straight to
 * the response, without the hop-by-hop ones (Spring Cloud Gateway made two more copies,
 * one of them case-insensitive);</li>
 * <li>the service is called with the request's raw path and query, on a client bound to
 * the service's address ({@link UpstreamClients#toService}); Spring Cloud Gateway built a
 * full URL for every request (a {@code UriComponents}, its string and a {@link URI}
 * parsed from it, about 3 % of the gateway's Java samples, docs/performance.md session
 * 17) and Reactor Netty took it apart again. Nothing reads
 * {@link ServerWebExchangeUtils#GATEWAY_REQUEST_URL_ATTR} here, and
 * {@code RouteToRequestUrlFilter} is off.</li>
 * </ul>
 * The call uses the client {@link UpstreamClients} gives for the route and the event loop
 * that read the request; its response timeout is Netty's, on that loop. A call already
 * routed, or to another scheme, is passed on untouched.
 */
final class UpstreamCall implements GlobalFilter, Ordered {

	private final UpstreamClients clients;

	private final ProxiedHeaders toServices;

	UpstreamCall(UpstreamClients clients, ClientAddresses addresses) {
		this.clients = clients;
		this.toServices = ProxiedHeaders.toServices(addresses);
	}

	@Override
	public int getOrder() {
		return NettyRoutingFilter.ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		if (route == null || ServerWebExchangeUtils.isAlreadyRouted(exchange) || !isHttp(route.getUri())) {
			return chain.filter(exchange);
		}
		ServerWebExchangeUtils.setAlreadyRouted(exchange);
		ServerHttpRequest request = exchange.getRequest();
		io.netty.handler.codec.http.HttpHeaders headers = this.toServices.copy(request.getHeaders(), exchange);
		headers.remove(HttpHeaderNames.HOST);
		if (exchange.getAttributeOrDefault(ServerWebExchangeUtils.PRESERVE_HOST_HEADER_ATTRIBUTE, false)) {
			String host = request.getHeaders().getFirst(HttpHeaders.HOST);
			if (host != null) {
				headers.set(HttpHeaderNames.HOST, host);
			}
		}
		return this.clients.forRoute(route, request)
			.headers((outgoing) -> outgoing.set(headers))
			.request(HttpMethod.valueOf(request.getMethod().name()))
			.uri(UpstreamClients.pathAndQuery(request))
			.send((outgoing, body) -> body.send(request.getBody().map(UpstreamCall::byteBuf)))
			.responseConnection((answer, connection) -> Mono.just(answered(exchange, answer, connection)))
			.then(chain.filter(exchange));
	}

	private static boolean isHttp(URI service) {
		String scheme = service.getScheme();
		return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
	}

	/**
	 * Records the answer for {@link NettyWriteResponseFilter} and puts its status and
	 * headers on the client's response.
	 */
	private static HttpClientResponse answered(ServerWebExchange exchange, HttpClientResponse answer,
			Connection connection) {
		exchange.getAttributes().put(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR, answer);
		exchange.getAttributes().put(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR, connection);
		io.netty.handler.codec.http.HttpHeaders answerHeaders = answer.responseHeaders();
		String contentType = answerHeaders.get(HttpHeaderNames.CONTENT_TYPE);
		if (contentType != null && !contentType.isEmpty()) {
			exchange.getAttributes().put(ServerWebExchangeUtils.ORIGINAL_RESPONSE_CONTENT_TYPE_ATTR, contentType);
		}
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatusCode.valueOf(answer.status().code()));
		HttpHeaders responseHeaders = response.getHeaders();
		// the service's framing is its own; the client's is set when the body is written
		responseHeaders.remove(HttpHeaders.TRANSFER_ENCODING);
		ProxiedHeaders.copyAnswer(answerHeaders, responseHeaders);
		return answer;
	}

	private static ByteBuf byteBuf(DataBuffer buffer) {
		if (buffer instanceof NettyDataBuffer netty) {
			return netty.getNativeBuffer();
		}
		if (buffer instanceof DefaultDataBuffer heap) {
			return Unpooled.wrappedBuffer(heap.getNativeBuffer());
		}
		throw new IllegalArgumentException("Unable to send a buffer of type " + buffer.getClass().getName());
	}

}

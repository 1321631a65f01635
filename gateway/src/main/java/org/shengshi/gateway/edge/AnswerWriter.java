package org.shengshi.gateway.edge;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.ReferenceCountUtil;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClientResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes the service's answer back to the client. An answer with a body of known length
 * up to {@link #WHOLE_BODY_LIMIT} (such as the services' JSON answers, which Tomcat sends
 * with their length when they fit its buffer) is written once all of it has arrived,
 * headers and body in one write, so the client gets it in one TCP segment: streamed, as
 * Spring Cloud Gateway's {@link NettyWriteResponseFilter} does, the headers went out in
 * one system call and the body in another, and the client was woken twice (session 18 in
 * docs/performance.md). Every other answer (chunked, longer, to a {@code HEAD} request,
 * or with a status that has no body) is streamed by {@link NettyWriteResponseFilter}, and
 * if the body stops coming half-way or the client goes away before it came whole, that
 * filter also closes the service's connection as it always does.
 * <p>
 * The header filters for trailers are {@link ProxiedHeaders}' (see
 * {@code ProxyConfiguration}).
 */
final class AnswerWriter extends NettyWriteResponseFilter {

	/** The longest body written whole; longer ones are streamed as they arrive. */
	static final int WHOLE_BODY_LIMIT = 64 * 1024;

	private final List<HttpHeadersFilter> headersFilters;

	AnswerWriter(List<MediaType> streamingMediaTypes, ObjectProvider<List<HttpHeadersFilter>> unused,
			List<HttpHeadersFilter> headersFilters) {
		super(streamingMediaTypes, unused);
		this.headersFilters = headersFilters;
	}

	@Override
	public List<HttpHeadersFilter> getHeadersFilters() {
		return this.headersFilters;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		// runs inside the streaming writer: what this writes whole, that one finds
		// written
		return super.filter(exchange, (routed) -> chain.filter(routed).then(Mono.defer(() -> writeWhole(routed))));
	}

	private Mono<Void> writeWhole(ServerWebExchange exchange) {
		Connection connection = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR);
		HttpClientResponse answer = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR);
		if (connection == null || answer == null
				|| !hasShortBody(exchange.getRequest().getMethod(), answer.status().code(), answer.responseHeaders())) {
			return Mono.empty();
		}
		ServerHttpResponse response = exchange.getResponse();
		Mono<ByteBuf> body = connection.inbound()
			.receive()
			.retain()
			.collectList()
			.doOnDiscard(ByteBuf.class, ReferenceCountUtil::safeRelease)
			// read whole, the connection went back to its pool: it is no longer this
			// exchange's to close if writing to the client fails, and nothing is left for
			// the streaming writer
			.doOnSuccess((parts) -> exchange.getAttributes().remove(ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR))
			.mapNotNull(AnswerWriter::joined);
		// if the body never came whole, nothing was sent yet, and the problem written
		// instead must not carry the service's headers
		return response.writeWith(body.map((buffer) -> wrap(buffer, response)))
			.doOnError((failure) -> forgetAnswerHeaders(response, answer));
	}

	private static void forgetAnswerHeaders(ServerHttpResponse response, HttpClientResponse answer) {
		if (!response.isCommitted()) {
			ProxiedHeaders.removeAnswer(answer.responseHeaders(), response.getHeaders());
		}
	}

	/**
	 * Whether the answer has a body of a known length between 1 and
	 * {@link #WHOLE_BODY_LIMIT} bytes.
	 */
	static boolean hasShortBody(HttpMethod method, int status, io.netty.handler.codec.http.HttpHeaders headers) {
		if (method == HttpMethod.HEAD || status < 200 || status == 204 || status == 304) {
			return false;
		}
		if (headers.contains(HttpHeaderNames.TRANSFER_ENCODING)) {
			return false;
		}
		// null when absent or not a number (Netty's decoder refused those already)
		Integer bytes = headers.getInt(HttpHeaderNames.CONTENT_LENGTH);
		return bytes != null && bytes > 0 && bytes <= WHOLE_BODY_LIMIT;
	}

	private static ByteBuf joined(List<ByteBuf> parts) {
		if (parts.isEmpty()) {
			return null;
		}
		return (parts.size() == 1) ? parts.get(0) : Unpooled.wrappedBuffer(parts.toArray(ByteBuf[]::new));
	}

}

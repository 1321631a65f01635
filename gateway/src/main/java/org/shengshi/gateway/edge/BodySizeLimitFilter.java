package org.shengshi.gateway.edge;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.shengshi.gateway.filters.EdgeFilter;
import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Rejects bodies over the limit with 413 {@code PAYLOAD_TOO_LARGE}: at once when
 * {@code Content-Length} says so, and while streaming when a chunked body grows past it
 * (the forwarding then fails and the error handler answers 413).
 */
@Component
class BodySizeLimitFilter implements EdgeFilter {

	private final ProblemResponses problems;

	private final long defaultLimit;

	private final List<Limit> limits;

	BodySizeLimitFilter(BodyLimitProperties properties, ProblemResponses problems) {
		this.problems = problems;
		this.defaultLimit = properties.maxSize().toBytes();
		this.limits = properties.paths()
			.stream()
			.map((path) -> new Limit(PathPatternParser.defaultInstance.parse(path.pattern()), path.maxSize().toBytes()))
			.toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long limit = limitFor(request.getPath().pathWithinApplication());
		if (request.getHeaders().getContentLength() > limit) {
			return this.problems.write(exchange, GatewayProblem.PAYLOAD_TOO_LARGE);
		}
		return chain.filter(exchange.mutate().request(new LimitedBody(request, limit)).build());
	}

	private long limitFor(PathContainer path) {
		for (Limit limit : this.limits) {
			if (limit.pattern().matches(path)) {
				return limit.bytes();
			}
		}
		return this.defaultLimit;
	}

	@Override
	public int getOrder() {
		return EdgeOrder.BODY_SIZE;
	}

	private record Limit(PathPattern pattern, long bytes) {
	}

	private static final class LimitedBody extends ServerHttpRequestDecorator {

		private final long limit;

		LimitedBody(ServerHttpRequest delegate, long limit) {
			super(delegate);
			this.limit = limit;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			AtomicLong seen = new AtomicLong();
			return super.getBody().handle((buffer, sink) -> {
				if (seen.addAndGet(buffer.readableByteCount()) > this.limit) {
					DataBufferUtils.release(buffer);
					sink.error(new ContentTooLargeException(null));
					return;
				}
				sink.next(buffer);
			});
		}

	}

}

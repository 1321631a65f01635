package org.shengshi.gateway.filters;

import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The {@link EdgeFilter}s as one {@link WebFilter}, first in the gateway's filter chain.
 * WebFlux's own chain wraps each of its filters in a deferred {@code Mono} and a
 * checkpoint named after the filter ({@code toString()} and a string concatenation per
 * filter and request); with eight edge filters that was about 3 % of the gateway's CPU
 * per request (docs/performance.md, session 15). Here each step calls the next directly.
 */
@Component
class EdgeFilterChain implements WebFilter, Ordered {

	private final EdgeFilter[] filters;

	EdgeFilterChain(List<EdgeFilter> filters) {
		EdgeFilter[] sorted = filters.toArray(new EdgeFilter[0]);
		AnnotationAwareOrderComparator.sort(sorted);
		this.filters = sorted;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return new Step(0, chain).filter(exchange);
	}

	/** The edge filters' classes in the order they run. */
	List<Class<?>> order() {
		return Arrays.stream(this.filters).<Class<?>>map(Object::getClass).toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private final class Step implements WebFilterChain {

		private final int index;

		private final WebFilterChain rest;

		Step(int index, WebFilterChain rest) {
			this.index = index;
			this.rest = rest;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange) {
			EdgeFilter[] all = EdgeFilterChain.this.filters;
			if (this.index == all.length) {
				return this.rest.filter(exchange);
			}
			return all[this.index].filter(exchange, new Step(this.index + 1, this.rest));
		}

	}

}

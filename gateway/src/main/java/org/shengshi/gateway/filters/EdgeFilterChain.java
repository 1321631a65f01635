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
 * filter and request); with eight edge filters that was about 3 % of the gateway's Java
 * samples per request (docs/performance.md, session 15). Here each step calls the next
 * directly ({@link DirectWebFilterChain}).
 */
@Component
class EdgeFilterChain implements WebFilter, Ordered {

	private final EdgeFilter[] filters;

	private final List<WebFilter> steps;

	EdgeFilterChain(List<EdgeFilter> filters) {
		EdgeFilter[] sorted = filters.toArray(new EdgeFilter[0]);
		AnnotationAwareOrderComparator.sort(sorted);
		this.filters = sorted;
		this.steps = Arrays.stream(sorted).<WebFilter>map((filter) -> filter::filter).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return DirectWebFilterChain.of(this.steps, chain).filter(exchange);
	}

	/** The edge filters' classes in the order they run. */
	List<Class<?>> order() {
		return Arrays.stream(this.filters).<Class<?>>map(Object::getClass).toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}

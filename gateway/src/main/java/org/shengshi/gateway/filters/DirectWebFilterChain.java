package org.shengshi.gateway.filters;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * A chain of {@link WebFilter}s in which each filter calls the next directly, then the
 * rest of the chain. WebFlux's {@code DefaultWebFilterChain} (also Spring Security's, for
 * its own filters) wraps every filter of every request in a deferred {@code Mono} and a
 * checkpoint named after the filter ({@code toString()} and a string concatenation per
 * filter and request), and links one chain object per filter when the chain is made; here
 * a step is one small object made as the request reaches it.
 */
public final class DirectWebFilterChain implements WebFilterChain {

	private final List<? extends WebFilter> filters;

	private final int index;

	private final WebFilterChain rest;

	private DirectWebFilterChain(List<? extends WebFilter> filters, int index, WebFilterChain rest) {
		this.filters = filters;
		this.index = index;
		this.rest = rest;
	}

	/**
	 * The chain that runs {@code filters} in their order, then {@code rest}.
	 * @param filters the filters, in the order they run; not copied, so it must not
	 * change
	 * @param rest what runs after the last filter
	 * @return the chain
	 */
	public static WebFilterChain of(List<? extends WebFilter> filters, WebFilterChain rest) {
		return filters.isEmpty() ? rest : new DirectWebFilterChain(filters, 0, rest);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange) {
		if (this.index == this.filters.size()) {
			return this.rest.filter(exchange);
		}
		return this.filters.get(this.index)
			.filter(exchange, new DirectWebFilterChain(this.filters, this.index + 1, this.rest));
	}

}

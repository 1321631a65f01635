package org.shengshi.gateway.edge;

import java.util.Set;

import org.shengshi.gateway.filters.EdgeFilter;
import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

/**
 * Only the methods of a JSON API pass the edge; {@code TRACE}, {@code CONNECT} and
 * unknown methods get 405 {@code METHOD_NOT_ALLOWED} with {@code Allow}.
 */
@Component
class MethodFilter implements EdgeFilter {

	static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

	private final ProblemResponses problems;

	MethodFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (ALLOWED.contains(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		return this.problems.write(exchange, GatewayProblem.METHOD_NOT_ALLOWED, (headers) -> headers.setAllow(ALLOWED));
	}

	@Override
	public int getOrder() {
		return EdgeOrder.METHODS;
	}

}

package org.shengshi.gateway.security;

import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * 403 as problem+json with code {@code ACCESS_DENIED} and an {@code insufficient_scope}
 * challenge.
 */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final ProblemResponses problems;

	ProblemAccessDeniedHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.problems
			.write(exchange, GatewayProblem.ACCESS_DENIED, (headers) -> headers.set(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer realm=\"" + ProblemAuthenticationEntryPoint.REALM + "\", error=\"insufficient_scope\""));
	}

}

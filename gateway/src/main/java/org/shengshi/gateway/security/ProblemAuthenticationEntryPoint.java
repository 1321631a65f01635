package org.shengshi.gateway.security;

import org.shengshi.gateway.problem.GatewayProblem;
import org.shengshi.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 as problem+json with code {@code UNAUTHENTICATED} and an RFC 6750
 * {@code WWW-Authenticate} challenge. The token error is named but never described in
 * detail (no parser or key messages leave the gateway).
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	static final String REALM = "shengshi";

	private final ProblemResponses problems;

	ProblemAuthenticationEntryPoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		String challenge = challenge(failure);
		return this.problems.write(exchange, GatewayProblem.UNAUTHENTICATED,
				(headers) -> headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge));
	}

	static String challenge(AuthenticationException failure) {
		if (failure instanceof OAuth2AuthenticationException oauth) {
			OAuth2Error error = oauth.getError();
			String code = "invalid_request".equals(error.getErrorCode()) ? "invalid_request" : "invalid_token";
			String description = "invalid_request".equals(code) ? "The Authorization header is malformed"
					: "The access token is invalid, expired or not meant for this platform";
			return "Bearer realm=\"" + REALM + "\", error=\"" + code + "\", error_description=\"" + description + "\"";
		}
		return "Bearer realm=\"" + REALM + "\"";
	}

}

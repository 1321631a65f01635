package org.shengshi.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shengshi.platform.problem.ProblemWriter;
import org.shengshi.platform.problem.StandardProblem;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 {@code UNAUTHENTICATED} as problem+json, with the RFC 6750
 * {@code WWW-Authenticate: Bearer ...} challenge.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final ProblemWriter writer;

	ProblemAuthenticationEntryPoint(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.challenge.commence(request, response, authException);
		this.writer.write(request, response, StandardProblem.UNAUTHENTICATED.exception());
	}

}

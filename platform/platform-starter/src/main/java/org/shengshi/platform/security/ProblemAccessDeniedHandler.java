package org.shengshi.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shengshi.platform.problem.ProblemWriter;
import org.shengshi.platform.problem.StandardProblem;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 403 {@code ACCESS_DENIED} as problem+json for requests the filter chain refuses.
 */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ProblemWriter writer;

	ProblemAccessDeniedHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.writer.write(request, response, StandardProblem.ACCESS_DENIED.exception());
	}

}

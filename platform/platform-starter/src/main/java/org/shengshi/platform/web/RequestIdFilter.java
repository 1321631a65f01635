package org.shengshi.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shengshi.platform.problem.ProblemWriter;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts or creates the request id, echoes it and keeps it in the MDC for the whole
 * request, including the container's error dispatch.
 */
class RequestIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
		request.setAttribute(ProblemWriter.REQUEST_ID_ATTRIBUTE, requestId);
		response.setHeader(RequestId.HEADER, requestId);
		runWithRequestId(requestId, request, response, chain);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		Object requestId = request.getAttribute(ProblemWriter.REQUEST_ID_ATTRIBUTE);
		if (requestId == null) {
			chain.doFilter(request, response);
			return;
		}
		runWithRequestId(requestId.toString(), request, response, chain);
	}

	private static void runWithRequestId(String requestId, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		String previous = MDC.get(RequestId.MDC_KEY);
		MDC.put(RequestId.MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous != null) {
				MDC.put(RequestId.MDC_KEY, previous);
			}
			else {
				MDC.remove(RequestId.MDC_KEY);
			}
		}
	}

}

package org.shengshi.platform.idempotency;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds the response body back until the filter has stored it, and notes whether the
 * response was delegated to the container's error page (whose body is rendered later and
 * so cannot be stored).
 */
final class CapturingResponse extends ContentCachingResponseWrapper {

	private boolean errorSent;

	CapturingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void sendError(int status) throws IOException {
		this.errorSent = true;
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.errorSent = true;
		super.sendError(status, message);
	}

	boolean errorSent() {
		return this.errorSent;
	}

}

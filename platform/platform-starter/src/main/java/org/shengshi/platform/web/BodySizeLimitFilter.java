package org.shengshi.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.shengshi.platform.problem.ProblemWriter;
import org.shengshi.platform.problem.StandardProblem;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies larger than {@code shengshi.web.max-body-size} with 413
 * {@code PAYLOAD_TOO_LARGE}: at once when {@code Content-Length} says so, and while
 * reading when a body without a length (chunked) grows past the limit.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemWriter problemWriter;

	BodySizeLimitFilter(long maxBytes, ProblemWriter problemWriter) {
		this.maxBytes = maxBytes;
		this.problemWriter = problemWriter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.problemWriter.write(request, response, StandardProblem.PAYLOAD_TOO_LARGE.exception());
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
	}

	/**
	 * Thrown by the wrapped stream when the body passes the limit; carries the problem so
	 * that the controller advice answers 413 whatever wrapped it on the way.
	 */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long maxBytes) {
			super("request body larger than " + maxBytes + " bytes", StandardProblem.PAYLOAD_TOO_LARGE.exception());
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long count;

		LimitedInputStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int value = this.delegate.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int bytes) throws BodyTooLargeException {
			this.count += bytes;
			if (this.count > this.maxBytes) {
				throw new BodyTooLargeException(this.maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}

package org.shengshi.platform.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read up front (up to a limit) so that its hash is known before
 * the handler runs; the handler reads the same bytes again. A body over the limit is not
 * buffered beyond it: {@link #complete()} is {@code false} and the request is refused.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final boolean complete;

	private BufferedRequest(HttpServletRequest request, byte[] body, boolean complete) {
		super(request);
		this.body = body;
		this.complete = complete;
	}

	static BufferedRequest of(HttpServletRequest request, long maxBytes) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			return new BufferedRequest(request, new byte[0], false);
		}
		byte[] head = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
		return new BufferedRequest(request, head, head.length <= maxBytes);
	}

	byte[] body() {
		return this.body;
	}

	boolean complete() {
		return this.complete;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		InputStream bytes = new ByteArrayInputStream(this.body);
		return new Stream(this.complete ? bytes : new SequenceInputStream(bytes, super.getInputStream()));
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	private static final class Stream extends ServletInputStream {

		private final InputStream delegate;

		private boolean finished;

		Stream(InputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int value = this.delegate.read();
			this.finished = value < 0;
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.delegate.read(buffer, offset, length);
			this.finished = count < 0;
			return count;
		}

		@Override
		public boolean isFinished() {
			return this.finished;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("non-blocking reads are not supported on a buffered request");
		}

	}

}

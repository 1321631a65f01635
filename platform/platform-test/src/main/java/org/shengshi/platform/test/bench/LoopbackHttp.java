package org.shengshi.platform.test.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection to a server on this machine, for load generators
 * that share the cores with the server they measure: blocking, no allocation beyond the
 * request and response bytes, about a tenth of the CPU per request of
 * {@code java.net.http.HttpClient}. It speaks only what our services answer with:
 * {@code Content-Length} or chunked bodies, keep-alive until the server says
 * {@code Connection: close} (Tomcat does after 100 requests), then it reconnects. Not
 * thread-safe: one per load thread.
 */
public final class LoopbackHttp implements AutoCloseable {

	private final InetSocketAddress server;

	private final int timeoutMillis;

	private final String host;

	private volatile Socket socket;

	private InputStream in;

	private OutputStream out;

	/** A connection (opened on first use) to {@code host:port}, loopback only. */
	public LoopbackHttp(String host, int port, Duration timeout) {
		this.server = new InetSocketAddress(host, port);
		if (!this.server.getAddress().isLoopbackAddress()) {
			throw new IllegalArgumentException("load is sent to loopback addresses only, not " + host);
		}
		this.timeoutMillis = (int) timeout.toMillis();
		this.host = host + ":" + port;
	}

	/** A response: status and body. */
	public record Response(int status, byte[] body) {

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/** {@code GET target} with the given headers ({@code name, value, name, value …}). */
	public Response get(String target, String... headers) throws IOException {
		return send("GET", target, null, headers);
	}

	/** {@code POST target} with a JSON body and the given headers. */
	public Response postJson(String target, String json, String... headers) throws IOException {
		return send("POST", target, json.getBytes(StandardCharsets.UTF_8), withContentType(headers));
	}

	/**
	 * Sends one request and reads its response. A request on a kept-alive connection that
	 * the server had already closed is sent once more on a new connection.
	 */
	public Response send(String method, String target, byte[] body, String... headers) throws IOException {
		boolean reused = this.socket != null;
		try {
			return exchange(method, target, body, headers);
		}
		catch (EOFException | java.net.SocketException ex) {
			close();
			if (!reused) {
				throw ex;
			}
			return exchange(method, target, body, headers);
		}
	}

	private Response exchange(String method, String target, byte[] body, String... headers) throws IOException {
		if (this.socket == null) {
			connect();
		}
		StringBuilder head = new StringBuilder(256).append(method)
			.append(' ')
			.append(target)
			.append(" HTTP/1.1\r\nHost: ")
			.append(this.host)
			.append("\r\n");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		this.out.write(head.toString().getBytes(StandardCharsets.UTF_8));
		if (body != null) {
			this.out.write(body);
		}
		this.out.flush();
		return read();
	}

	private Response read() throws IOException {
		String status = line();
		if (!status.startsWith("HTTP/1.")) {
			throw new IOException("not an HTTP response: " + status);
		}
		int code = Integer.parseInt(status.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closing = value.equalsIgnoreCase("close");
				default -> {
				}
			}
		}
		byte[] body;
		if (chunked) {
			body = chunks();
		}
		else if (length >= 0) {
			body = this.in.readNBytes((int) length);
			if (body.length < length) {
				throw new EOFException("body cut short");
			}
		}
		else {
			body = this.in.readAllBytes();
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Response(code, body);
	}

	private byte[] chunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size = chunkSize(); size > 0; size = chunkSize()) {
			byte[] chunk = this.in.readNBytes(size);
			if (chunk.length < size) {
				throw new EOFException("chunk cut short");
			}
			body.write(chunk);
			line();
		}
		for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
			// trailers are not used
		}
		return body.toByteArray();
	}

	private int chunkSize() throws IOException {
		String size = line();
		int extension = size.indexOf(';');
		return Integer.parseInt((extension >= 0) ? size.substring(0, extension).trim() : size.trim(), 16);
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new EOFException("connection closed");
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	private void connect() throws IOException {
		Socket connection = new Socket();
		connection.setTcpNoDelay(true);
		connection.setSoTimeout(this.timeoutMillis);
		connection.connect(this.server, this.timeoutMillis);
		this.socket = connection;
		this.in = new BufferedInputStream(connection.getInputStream(), 16 * 1024);
		this.out = new BufferedOutputStream(connection.getOutputStream(), 8 * 1024);
	}

	private static String[] withContentType(String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return all;
	}

	/**
	 * Closes the connection; the next request opens a new one. A request in flight on
	 * another thread fails with an {@link IOException}.
	 */
	@Override
	public void close() {
		Socket open = this.socket;
		this.socket = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
	}

}

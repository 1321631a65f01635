package org.shengshi.e2e.load;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.shengshi.platform.test.bench.LoopbackHttp;

/**
 * Kept-alive connections of the load threads: each thread has its own connection to each
 * port it calls ({@link LoopbackHttp}, so the load generator takes little of the cores
 * the stack runs on).
 */
final class Connections implements AutoCloseable {

	private final Queue<LoopbackHttp> opened = new ConcurrentLinkedQueue<>();

	private final ThreadLocal<Map<Integer, LoopbackHttp>> byPort = ThreadLocal.withInitial(HashMap::new);

	/**
	 * {@code GET url} with {@code Accept: application/json} and, if given, the bearer.
	 */
	LoopbackHttp.Response get(String url, String bearer) throws IOException {
		URI uri = URI.create(url);
		return (bearer != null)
				? connection(uri).get(target(uri), "Accept", "application/json", "Authorization", "Bearer " + bearer)
				: connection(uri).get(target(uri), "Accept", "application/json");
	}

	/** {@code POST url} with a JSON body and the bearer. */
	LoopbackHttp.Response postJson(String url, String bearer, String json) throws IOException {
		URI uri = URI.create(url);
		return connection(uri).postJson(target(uri), json, "Accept", "application/json", "Authorization",
				"Bearer " + bearer);
	}

	private LoopbackHttp connection(URI uri) {
		return this.byPort.get().computeIfAbsent(uri.getPort(), (port) -> {
			LoopbackHttp connection = new LoopbackHttp(uri.getHost(), port, Targets.TIMEOUT);
			this.opened.add(connection);
			return connection;
		});
	}

	private static String target(URI uri) {
		return (uri.getRawQuery() != null) ? uri.getRawPath() + "?" + uri.getRawQuery() : uri.getRawPath();
	}

	@Override
	public void close() {
		this.opened.forEach(LoopbackHttp::close);
	}

}

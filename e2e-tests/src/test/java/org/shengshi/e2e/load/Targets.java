package org.shengshi.e2e.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Where a running local stack listens (the launcher's ports shifted by
 * {@code SHENGSHI_PORT_OFFSET}), and how load requests are built. Loopback only.
 */
record Targets(int offset) {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	String gateway() {
		return url(8080);
	}

	String identity() {
		return url(8081);
	}

	String tokenUri() {
		return url(8180) + "/realms/shengshi/protocol/openid-connect/token";
	}

	private String url(int port) {
		return "http://127.0.0.1:" + (port + this.offset);
	}

	static HttpRequest get(String url, String bearer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.header("Accept", "application/json")
			.GET();
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		return builder.build();
	}

	static HttpRequest postJson(String url, String bearer, String json) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearer)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

}

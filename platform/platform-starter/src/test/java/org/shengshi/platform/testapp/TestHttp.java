package org.shengshi.platform.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to the test application on loopback, answering status, headers and body
 * whatever the status.
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public TestHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(20));
	}

	public Reply get(String path, String... headers) {
		return send(withHeaders(request(path), headers).GET().build());
	}

	public Reply post(String path, String contentType, String body, String... headers) {
		return send(withHeaders(request(path), headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	public Reply send(HttpRequest request) {
		try {
			return new Reply(this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String[] namesAndValues) {
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			builder.header(namesAndValues[i], namesAndValues[i + 1]);
		}
		return builder;
	}

	/**
	 * One response.
	 *
	 * @param response the raw response
	 */
	public record Reply(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public String body() {
			return this.response.body();
		}

		public JsonNode json() {
			return JSON.readTree(this.response.body());
		}

		public String text(String field) {
			JsonNode node = json().get(field);
			return (node != null && !node.isNull()) ? node.asString() : null;
		}

	}

}

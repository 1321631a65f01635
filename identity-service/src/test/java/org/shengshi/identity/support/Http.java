package org.shengshi.identity.support;

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
 * Real HTTP calls to identity-service on loopback.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Reply get(String path, String... headers) {
		return send(withHeaders(request(path), headers).GET().build());
	}

	public Reply post(String path, String json, String... headers) {
		return send(withHeaders(request(path), headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	public Reply put(String path, String json, String... headers) {
		return send(withHeaders(request(path), headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	public Reply delete(String path, String... headers) {
		return send(withHeaders(request(path), headers).DELETE().build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30));
	}

	private static Reply send(HttpRequest request) {
		try {
			return new Reply(CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
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

		public String body() {
			return this.response.body();
		}

		public String contentType() {
			return this.response.headers().firstValue("Content-Type").orElse("");
		}

		public JsonNode json() {
			return JSON.readTree(this.response.body());
		}

		public String code() {
			JsonNode code = json().get("code");
			return (code != null) ? code.asString() : null;
		}

	}

}

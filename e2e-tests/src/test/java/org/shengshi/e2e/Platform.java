package org.shengshi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.shengshi.localstack.DemoAccount;
import org.shengshi.localstack.StackConfig;

/**
 * How the tests reach the platform: tokens from the real Keycloak, and HTTP through the
 * gateway only (never a service port).
 */
public final class Platform {

	static final String TEST_CLIENT = "shengshi-test";

	static final String TEST_CLIENT_SECRET = "shengshi-test-secret";

	private final StackConfig stack;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, String> userTokens = new ConcurrentHashMap<>();

	Platform(StackConfig stack) {
		this.stack = stack;
	}

	StackConfig stack() {
		return this.stack;
	}

	/**
	 * A real access token for a demo user (password grant on the test-only client),
	 * reused while it has more than a minute to live (Keycloak's tokens live 300 s; a
	 * slow run outlives one).
	 */
	String accessToken(DemoAccount account) {
		return this.userTokens.compute(account.username(),
				(username, cached) -> (cached != null && secondsLeft(cached) > 60) ? cached
						: tokenResponse(Map.of("grant_type", "password", "client_id", TEST_CLIENT, "client_secret",
								TEST_CLIENT_SECRET, "username", username, "password", account.password()))
							.text("access_token"));
	}

	/**
	 * A fresh token for any user (password grant on the test-only client), never cached:
	 * after a step-up the next token must show the new {@code loa}.
	 */
	String passwordToken(String username, String password) {
		return tokenResponse(Map.of("grant_type", "password", "client_id", TEST_CLIENT, "client_secret",
				TEST_CLIENT_SECRET, "username", username, "password", password))
			.text("access_token");
	}

	private static long secondsLeft(String token) {
		return Jwt.claims(token).path("exp").asLong() - Instant.now().getEpochSecond();
	}

	/**
	 * A client-credentials token of a confidential client (the dev secret is
	 * {@code <id>-secret}).
	 */
	String clientToken(String clientId) {
		return tokenResponse(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret",
				clientId + "-secret"))
			.text("access_token");
	}

	/**
	 * The raw token endpoint answer, for tests about what Keycloak refuses.
	 */
	HttpResult tokenRequest(Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.tokenUri()))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return send(request);
	}

	/**
	 * GET through the gateway, with {@code Authorization: Bearer <token>} unless the
	 * token is {@code null}.
	 */
	HttpResult gatewayGet(String path, String bearerToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.GET();
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		return send(request.build());
	}

	/**
	 * A request with a JSON body (or none when {@code jsonBody} is {@code null}) through
	 * the gateway; {@code headers} are name/value pairs.
	 */
	HttpResult gatewaySend(String method, String path, String bearerToken, String jsonBody, String... headers) {
		return sendJson(method, this.stack.gatewayUrl() + path, bearerToken, jsonBody, headers);
	}

	HttpResult gatewayPost(String path, String bearerToken, String jsonBody) {
		return gatewaySend("POST", path, bearerToken, jsonBody);
	}

	/**
	 * A JSON request to any URL of the stack (a sandbox's admin API, for example).
	 */
	HttpResult sendJson(String method, String absoluteUrl, String bearerToken, String jsonBody, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(absoluteUrl))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
					: HttpRequest.BodyPublishers.noBody());
		if (jsonBody != null) {
			request.header("Content-Type", "application/json");
		}
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/**
	 * A multipart upload of one file (part {@code file}) through the gateway.
	 */
	HttpResult gatewayUpload(String path, String bearerToken, String fileName, String contentType, byte[] content,
			String idempotencyKey) {
		String boundary = "----shengshi" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + bearerToken)
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return send(request);
	}

	HttpResult get(String absoluteUrl) {
		return send(HttpRequest.newBuilder(URI.create(absoluteUrl)).timeout(Duration.ofSeconds(30)).GET().build());
	}

	private HttpResult tokenResponse(Map<String, String> form) {
		HttpResult response = tokenRequest(form);
		if (response.status() != 200) {
			throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + "/"
					+ form.getOrDefault("username", "-") + ": " + response.status() + " " + response.body());
		}
		return response;
	}

	private HttpResult send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new HttpResult(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

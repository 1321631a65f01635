package org.shengshi.e2e.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a load run needs before it starts: real Keycloak tokens, item codes to view, and a
 * resident e-ID to show as a QR code (the resident is real-name verified first if the
 * wallet is empty, which makes the certificate service issue it).
 */
final class Setup {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Targets targets;

	private final HttpClient http = HttpClient.newHttpClient();

	Setup(Targets targets) {
		this.targets = targets;
	}

	String userToken(String username) {
		return token(Map.of("grant_type", "password", "client_id", "shengshi-test", "client_secret",
				"shengshi-test-secret", "username", username, "password", username));
	}

	String clientToken(String clientId) {
		return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret",
				clientId + "-secret"));
	}

	List<String> itemCodes(List<String> keywords) {
		List<String> codes = new ArrayList<>();
		for (String keyword : keywords) {
			JsonNode page = json(Targets.get(this.targets.gateway() + "/api/v1/catalog/search?q="
					+ URLEncoder.encode(keyword, StandardCharsets.UTF_8), null));
			for (JsonNode hit : page.path("results")) {
				codes.add(hit.path("itemCode").asString());
			}
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("the catalog search found no items: is the catalog seeded?");
		}
		return codes;
	}

	/**
	 * The id of the resident's e-ID, real-name verifying the resident if needed; empty if
	 * the platform did not issue one within 30 s.
	 */
	String residentEid(String username, String idNumber, String name) throws InterruptedException {
		String token = userToken(username);
		String found = firstCertificate(token);
		if (found == null) {
			try {
				send(Targets.postJson(this.targets.gateway() + "/api/v1/identity/realname", token,
						JSON.writeValueAsString(Map.of("name", name, "idNumber", idNumber))));
			}
			catch (IllegalStateException ex) {
				System.out.println("Real-name verification of " + username + " failed: " + ex.getMessage());
				return null;
			}
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (found == null && System.nanoTime() < deadline) {
				Thread.sleep(500);
				found = firstCertificate(userToken(username));
			}
		}
		return found;
	}

	private String firstCertificate(String token) {
		JsonNode wallet = json(Targets.get(this.targets.gateway() + "/api/v1/certificates/wallet", token));
		return (wallet.isArray() && !wallet.isEmpty()) ? wallet.get(0).path("id").asString() : null;
	}

	private String token(Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.targets.tokenUri()))
			.timeout(Targets.TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return json(request).path("access_token").asString();
	}

	private JsonNode json(HttpRequest request) {
		return JSON.readTree(send(request));
	}

	private String send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}

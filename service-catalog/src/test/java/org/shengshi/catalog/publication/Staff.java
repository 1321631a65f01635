package org.shengshi.catalog.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.shengshi.platform.test.TestJwtIssuer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the catalog over HTTP as a member of staff (or anonymously with a {@code null}
 * token).
 */
final class Staff {

	static final TestJwtIssuer JWT = TestJwtIssuer.shared();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;

	private final String token;

	private Staff(int port, String token) {
		this.port = port;
		this.token = token;
	}

	static Staff publisher(int port, String subject, String department) {
		return new Staff(port, JWT.staff(subject, department, "dept_publisher").bearer());
	}

	static Staff reviewer(int port, String subject, String department) {
		return new Staff(port, JWT.staff(subject, department, "catalog_reviewer").bearer());
	}

	static Staff withToken(int port, String bearer) {
		return new Staff(port, bearer);
	}

	HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null);
	}

	HttpResponse<String> post(String path, String body) throws Exception {
		return send("POST", path, body);
	}

	HttpResponse<String> put(String path, String body) throws Exception {
		return send("PUT", path, body);
	}

	HttpResponse<String> act(String itemCode, String action, String comment) throws Exception {
		String body = (comment != null) ? "{\"action\":\"%s\",\"comment\":\"%s\"}".formatted(action, comment)
				: "{\"action\":\"%s\"}".formatted(action);
		return post("/api/v1/catalog/manage/items/" + itemCode + "/actions", body);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.token != null) {
			request.header("Authorization", this.token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

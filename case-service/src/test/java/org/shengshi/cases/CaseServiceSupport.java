package org.shengshi.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one context every case-service integration test shares: real MariaDB, Redis and
 * JWKS from platform-test, and the WireMock stand-in for service-catalog. Calls go over
 * real HTTP.
 */
@ShengshiServiceTest
@TestPropertySource(
		properties = { "shengshi.events.relay.poll-interval=50ms", "shengshi.events.consumer.block-timeout=200ms",
				"shengshi.events.consumer.claim-min-idle=1s", "shengshi.events.consumer.claim-interval=500ms" })
@Import(CaseServiceSupport.ClockConfiguration.class)
public abstract class CaseServiceSupport {

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	protected static final String DEPT = CatalogStub.DEPARTMENT;

	protected static final String OTHER_DEPT = "440100-SB";

	protected static final String FREE_ITEM = "ITEM-FREE";

	protected static final String FEE_ITEM = "ITEM-FEE";

	protected static final String PREFILLED_ITEM = "ITEM-PREFILL";

	protected static final String INSTANT_ITEM = "GG00514000-440000-RS";

	protected static final java.nio.file.Path FILES_ROOT = newFilesRoot();

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void catalog(DynamicPropertyRegistry registry) {
		CatalogStub catalog = CatalogStub.shared();
		catalog.publishedItem(FREE_ITEM, 1, 5, 0);
		catalog.publishedItem(FEE_ITEM, 1, 10, 5000);
		catalog.prefilledItem(PREFILLED_ITEM, 1);
		catalog.instantItem(INSTANT_ITEM, 1);
		registry.add("shengshi.catalog.base-url", catalog::baseUrl);
		registry.add("shengshi.files.root", () -> FILES_ROOT.toString());
		registry.add("shengshi.remote.token-uri", () -> KeycloakStub.shared().tokenUri());
		registry.add("shengshi.remote.client-id", () -> KeycloakStub.CLIENT_ID);
		registry.add("shengshi.remote.client-secret", () -> KeycloakStub.CLIENT_SECRET);
		registry.add("shengshi.remote.payments-url", () -> PaymentAdapterStub.shared().baseUrl());
		registry.add("shengshi.remote.identity-url", () -> IdentityStub.shared().baseUrl());
		registry.add("shengshi.remote.certificates-url", () -> CertificateServiceStub.shared().baseUrl());
	}

	protected static String form(String address, String reason) {
		return "{\"address\":%s,\"reason\":%s}".formatted(JSON.writeValueAsString(address),
				JSON.writeValueAsString(reason));
	}

	protected static String newCase(String item, String formValues) {
		return "{\"itemCode\":\"%s\",\"itemVersion\":1,\"formValues\":%s}".formatted(item, formValues);
	}

	/**
	 * Files and submits a case of the item for the resident; returns the created case.
	 */
	protected JsonNode submitted(String residentSub, String item) {
		HttpResponse<String> response = post("/api/v1/cases?submit=true", resident(residentSub),
				newCase(item, form("广州市天河区某路1号", "新办")), UUID.randomUUID().toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response);
	}

	/** Takes an action as the given caller with the version the case has now. */
	protected HttpResponse<String> act(String caseId, String bearer, int version, String action, String extra) {
		String body = "{\"action\":\"%s\",\"version\":%d%s}".formatted(action, version,
				(extra != null) ? "," + extra : "");
		return post("/api/v1/cases/" + caseId + "/actions", bearer, body, null);
	}

	private static java.nio.file.Path newFilesRoot() {
		try {
			return java.nio.file.Files.createTempDirectory("case-files-");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	protected static TestJwtIssuer jwt() {
		return TestJwtIssuer.shared();
	}

	protected static String resident(String sub) {
		return jwt().resident(sub).bearer();
	}

	protected static String officer(String sub, String department) {
		return jwt().staff(sub, department, "case_officer").bearer();
	}

	protected static String newSubject() {
		return UUID.randomUUID().toString();
	}

	protected HttpResponse<String> get(String path, String bearer) {
		return send(request(path, bearer).GET().build());
	}

	protected HttpResponse<String> post(String path, String bearer, String body, String idempotencyKey) {
		HttpRequest.Builder builder = request(path, bearer).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			builder.header("Idempotency-Key", idempotencyKey);
		}
		return send(builder.build());
	}

	protected HttpResponse<String> put(String path, String bearer, String body) {
		return send(request(path, bearer).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	protected static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(response).path("code").asString()).isEqualTo(code);
	}

	private HttpRequest.Builder request(String path, String bearer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
		if (bearer != null) {
			builder.header("Authorization", bearer);
		}
		return builder;
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

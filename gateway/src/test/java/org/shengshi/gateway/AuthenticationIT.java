package org.shengshi.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationIT extends GatewayITSupport {

	static Stream<Arguments> anonymousRequests() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/catalog/items/item-1", "catalog"),
				Arguments.of(HttpMethod.GET, "/api/v1/catalog/search?q=%E5%B1%85%E4%BD%8F%E8%AF%81", "catalog"),
				Arguments.of(HttpMethod.GET, "/api/v1/catalog/bundles/newborn", "catalog"),
				Arguments.of(HttpMethod.GET, "/api/v1/catalog/themes", "catalog"),
				Arguments.of(HttpMethod.GET, "/api/v1/certificates/keys/current", "certificates"),
				Arguments.of(HttpMethod.POST, "/api/v1/payments/callbacks/alipay", "payments"),
				Arguments.of(HttpMethod.POST, "/api/v1/identity/signup/otp", "identity"),
				Arguments.of(HttpMethod.POST, "/api/v1/identity/signup", "identity"));
	}

	@ParameterizedTest
	@MethodSource("anonymousRequests")
	void letsAnonymousRequestsThroughOnlyOnThePublicPaths(HttpMethod method, String path, String service) {
		this.client.method(method).uri(path).exchange().expectStatus().isOk();

		this.upstreams.service(service).verify(1, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/swagger-ui.html" })
	void servesProbesMetricsAndApiDocsWithoutAToken(String path) {
		this.client.get().uri(path).exchange().expectStatus().value((status) -> assertThat(status).isIn(200, 302));
	}

	static Stream<Arguments> protectedRequests() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/identity/me"),
				Arguments.of(HttpMethod.GET, "/api/v1/cases"), Arguments.of(HttpMethod.POST, "/api/v1/catalog/items"),
				Arguments.of(HttpMethod.GET, "/api/v1/catalog/manage/items"),
				Arguments.of(HttpMethod.GET, "/api/v1/payments/callbacks/alipay"),
				Arguments.of(HttpMethod.GET, "/api/v1/identity/signup"),
				Arguments.of(HttpMethod.POST, "/api/v1/identity/signup/otp/extra"),
				Arguments.of(HttpMethod.GET, "/api/v1/payments/orders"),
				Arguments.of(HttpMethod.GET, "/api/v1/certificates/wallet"), Arguments.of(HttpMethod.GET, "/nowhere"));
	}

	@ParameterizedTest
	@MethodSource("protectedRequests")
	void rejectsAnythingElseWithoutATokenAs401ProblemAndNeverCallsTheService(HttpMethod method, String path) {
		this.client.method(method)
			.uri(path)
			.header("X-Request-Id", "anon-1")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(PROBLEM)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shengshi\"")
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.requestId")
			.isEqualTo("anon-1")
			.jsonPath("$.title")
			.isEqualTo("未登录或登录已失效");

		for (String service : Upstreams.NAMES) {
			this.upstreams.service(service).verify(0, anyRequestedFor(anyUrl()));
		}
	}

	static Stream<Arguments> badTokens() {
		var issuer = org.shengshi.platform.test.TestJwtIssuer.shared();
		return Stream.of(Arguments.of("expired", issuer.resident("r-1").expired().bearer()),
				Arguments.of("signed by a stranger", issuer.resident("r-1").signedByStranger().bearer()),
				Arguments.of("for another audience", issuer.resident("r-1").audience("another-api").bearer()),
				Arguments.of("from another issuer",
						issuer.resident("r-1").issuedBy("http://127.0.0.1:1/realms/other").bearer()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void rejectsAnInvalidTokenAs401WithAnInvalidTokenChallenge(String why, String bearer) {
		this.client.get()
			.uri("/api/v1/identity/me")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(PROBLEM)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).startsWith("Bearer realm=\"shengshi\"")
						.contains("error=\"invalid_token\""))
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UNAUTHENTICATED");

		this.upstreams.service("identity").verify(0, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer", "Bearer ", "Bearer a b", "Bearer !!!", "bearer ####.####.####",
			"Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer e30.e30.e30", "Basic Zm9vOmJhcg==", "Token abc",
			"Bearer \t x", "Bearer Zm9v\u00e9" })
	void answersMalformedAuthorizationHeadersWith401NeverA500(String header) {
		this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, header)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void answersAHugeBearerTokenWithoutA500() {
		this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + "a".repeat(6000))
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isIn(401, 431));
	}

	@Test
	void speaksEnglishWhenTheCallerPrefersIt() {
		this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,zh-CN;q=0.5")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Authentication required")
			.jsonPath("$.detail")
			.isEqualTo("A valid access token is required.");
	}

	@Test
	void keepsTheGatewaysOwnOperationsEndpointsForPlatformAdmins() {
		WebTestClient.ResponseSpec asResident = this.client.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-ops"))
			.exchange();
		asResident.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(PROBLEM)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).contains("insufficient_scope"))
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("ACCESS_DENIED");

		this.client.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.staff("admin-1", "440000", "platform_admin").bearer())
			.exchange()
			.expectStatus()
			.isOk();
	}

}

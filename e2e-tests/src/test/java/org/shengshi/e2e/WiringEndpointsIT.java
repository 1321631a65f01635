package org.shengshi.e2e;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.localstack.DemoAccount;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every authenticated wiring endpoint, through the gateway only, with real Keycloak
 * tokens: 200 for the right role, 401 without a token or with a forged one, 403 for the
 * wrong role, errors as problem+json with a stable code.
 */
@ExtendWith(LocalStackExtension.class)
class WiringEndpointsIT {

	static final List<WiringEndpoint> ENDPOINTS = WiringEndpoint.ALL;

	static Stream<Arguments> allowedCalls() {
		return ENDPOINTS.stream()
			.flatMap((endpoint) -> endpoint.allowed().stream().map((account) -> Arguments.of(endpoint, account)));
	}

	static Stream<WiringEndpoint> staffEndpoints() {
		return ENDPOINTS.stream().filter((endpoint) -> endpoint.forbidden() != null);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("allowedCalls")
	void theRightRoleGets200(WiringEndpoint endpoint, DemoAccount account, Platform platform) {
		HttpResult response = platform.gatewayGet(endpoint.path(), platform.accessToken(account));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).contains("json");
		assertThat(response.json()).isNotNull();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("ENDPOINTS")
	void withoutATokenTheAnswerIs401ProblemJson(WiringEndpoint endpoint, Platform platform) {
		assertProblem(platform.gatewayGet(endpoint.path(), null), 401);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("ENDPOINTS")
	void anExpiredTokenSignedByAStrangerIs401(WiringEndpoint endpoint, Platform platform) {
		String forged = Jwt.expiredFromStranger(platform.accessToken(endpoint.allowed().get(0)));

		assertProblem(platform.gatewayGet(endpoint.path(), forged), 401);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("ENDPOINTS")
	void aRealTokenWithOneSignatureCharacterChangedIs401(WiringEndpoint endpoint, Platform platform) {
		String tampered = Jwt.tampered(platform.accessToken(endpoint.allowed().get(0)));

		assertProblem(platform.gatewayGet(endpoint.path(), tampered), 401);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("staffEndpoints")
	void aResidentOnAStaffEndpointIs403(WiringEndpoint endpoint, Platform platform) {
		HttpResult response = platform.gatewayGet(endpoint.path(), platform.accessToken(endpoint.forbidden()));

		assertProblem(response, 403);
	}

	static void assertProblem(HttpResult response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.isProblem()).as("Content-Type of " + response).isTrue();
		JsonNode problem = response.json();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("code").asString()).as("stable code in " + response).matches("[A-Z][A-Z0-9_]+");
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("requestId").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

}

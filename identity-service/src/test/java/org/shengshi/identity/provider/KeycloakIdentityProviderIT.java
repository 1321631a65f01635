package org.shengshi.identity.provider;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Keycloak Admin REST client against a WireMock Keycloak: the requests it makes and
 * how it answers Keycloak's edge cases.
 */
class KeycloakIdentityProviderIT {

	private static final String USERS = "/admin/realms/shengshi/users";

	private static final String TOKEN = "/realms/shengshi/protocol/openid-connect/token";

	private static final String SUBJECT = "5b6f0c1e-0000-4000-8000-000000000001";

	private static WireMockServer keycloak;

	private KeycloakIdentityProvider provider;

	@BeforeAll
	static void start() {
		keycloak = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
		keycloak.start();
	}

	@AfterAll
	static void stop() {
		keycloak.stop();
	}

	@BeforeEach
	void reset() {
		keycloak.resetAll();
		keycloak.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":300}")));
		keycloak.stubFor(get(urlEqualTo("/admin/realms/shengshi/roles/resident"))
			.willReturn(okJson("{\"id\":\"r1\",\"name\":\"resident\"}")));
		this.provider = new KeycloakIdentityProvider(RestClient.builder(),
				new KeycloakProperties("http://127.0.0.1:" + keycloak.port(), "shengshi", "identity-service", "s3cret",
						Duration.ofSeconds(1), Duration.ofSeconds(1)));
	}

	@Test
	void createsTheUserWithPasswordAndAttributesThenAssignsTheRoles() {
		createdAnswers201();
		roleMappingAnswers(204);

		String subject = this.provider.createUser("13900000001", Map.of("loa", "1"), Set.of("resident"), "secret123");

		assertThat(subject).isEqualTo(SUBJECT);
		keycloak.verify(postRequestedFor(urlEqualTo(USERS)).withHeader("Authorization", equalTo("Bearer T"))
			.withRequestBody(matchingJsonPath("$.username", equalTo("13900000001")))
			.withRequestBody(matchingJsonPath("$.attributes.loa[0]", equalTo("1")))
			.withRequestBody(matchingJsonPath("$.credentials[0].value", equalTo("secret123")))
			.withRequestBody(matchingJsonPath("$.credentials[0].temporary", equalTo("false"))));
		keycloak.verify(postRequestedFor(urlEqualTo(USERS + "/" + SUBJECT + "/role-mappings/realm"))
			.withRequestBody(equalToJson("[{\"id\":\"r1\",\"name\":\"resident\"}]")));
		keycloak.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
	}

	@Test
	void anExistingUsernameIsAConflict() {
		keycloak.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorMessage\":\"User exists with same username\"}")));

		assertThatThrownBy(() -> this.provider.createUser("13900000001", Map.of(), Set.of(), "secret123"))
			.isInstanceOfSatisfying(IdentityProviderException.class, (ex) -> assertThat(ex.conflict()).isTrue());
	}

	@Test
	void aFailedRoleAssignmentDeletesTheNewUser() {
		createdAnswers201();
		roleMappingAnswers(500);
		keycloak.stubFor(delete(urlEqualTo(USERS + "/" + SUBJECT)).willReturn(aResponse().withStatus(204)));

		assertThatThrownBy(() -> this.provider.createUser("13900000001", Map.of(), Set.of("resident"), "secret123"))
			.isInstanceOfSatisfying(IdentityProviderException.class, (ex) -> assertThat(ex.conflict()).isFalse());
		keycloak.verify(deleteRequestedFor(urlEqualTo(USERS + "/" + SUBJECT)));
	}

	@Test
	void serverErrorsTimeoutsAndRefusedTokensAreProviderFailures() {
		keycloak.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> this.provider.createUser("a", Map.of(), Set.of(), null))
			.isInstanceOf(IdentityProviderException.class);

		keycloak.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(201).withFixedDelay(3000)));
		assertThatThrownBy(() -> this.provider.createUser("a", Map.of(), Set.of(), null))
			.isInstanceOf(IdentityProviderException.class);

		keycloak.stubFor(post(urlEqualTo(TOKEN)).willReturn(aResponse().withStatus(401)));
		assertThatThrownBy(() -> new KeycloakIdentityProvider(RestClient.builder(),
				new KeycloakProperties("http://127.0.0.1:" + keycloak.port(), "shengshi", "identity-service", "wrong",
						Duration.ofSeconds(1), Duration.ofSeconds(1)))
			.deleteUser(SUBJECT)).isInstanceOf(IdentityProviderException.class);
	}

	@Test
	void settingAttributesWritesTheWholeUserBackWithTheOthersKept() {
		keycloak.stubFor(get(urlEqualTo(USERS + "/" + SUBJECT)).willReturn(okJson("""
				{"id":"%s","username":"13900000001","firstName":"San","enabled":true,
				 "attributes":{"phone":["13900000001"],"loa":["2"]}}""".formatted(SUBJECT))));
		keycloak.stubFor(put(urlEqualTo(USERS + "/" + SUBJECT)).willReturn(aResponse().withStatus(204)));

		this.provider.setAttributes(SUBJECT, Map.of("loa", "3", "loa_expires_at", "1800000000"));

		keycloak.verify(putRequestedFor(urlEqualTo(USERS + "/" + SUBJECT)).withRequestBody(equalToJson("""
				{"id":"%s","username":"13900000001","firstName":"San","enabled":true,
				 "attributes":{"phone":["13900000001"],"loa":["3"],"loa_expires_at":["1800000000"]}}"""
			.formatted(SUBJECT))));
	}

	@Test
	void anUnknownUserIsAProviderFailure() {
		keycloak.stubFor(get(urlEqualTo(USERS + "/" + SUBJECT)).willReturn(aResponse().withStatus(404)));

		assertThatThrownBy(() -> this.provider.setAttribute(SUBJECT, "loa", "2"))
			.isInstanceOf(IdentityProviderException.class);
		keycloak.verify(0, putRequestedFor(urlEqualTo(USERS + "/" + SUBJECT)));
	}

	private static void createdAnswers201() {
		keycloak.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(201)
			.withHeader("Location", "http://127.0.0.1:" + keycloak.port() + USERS + "/" + SUBJECT)));
	}

	private static void roleMappingAnswers(int status) {
		keycloak.stubFor(post(urlEqualTo(USERS + "/" + SUBJECT + "/role-mappings/realm"))
			.willReturn(aResponse().withStatus(status)));
	}

}

package org.shengshi.certificate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for identity-service and its Keycloak token endpoint (other processes): the
 * token endpoint hands {@value #ACCESS_TOKEN} to this service's client credentials only,
 * and {@code GET /api/v1/identity/identities/{id}?purpose=...} (docs/architecture.md,
 * "resident.realname-verified") answers only with that token. Answers are set per
 * identity id so tests sharing the server do not disturb each other. In e2e-tests the
 * real identity-service and Keycloak replace it.
 */
public final class IdentityStub {

	public static final String ACCESS_TOKEN = "stub-service-token";

	public static final String TOKEN_PATH = "/realms/shengshi/protocol/openid-connect/token";

	private static IdentityStub shared;

	private final WireMockServer server;

	private IdentityStub() {
		this.server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		this.server.start();
		this.server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("client_id=e-certificate-service"))
			.withRequestBody(containing("client_secret=e-certificate-service-secret"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
	}

	public static synchronized IdentityStub shared() {
		if (shared == null) {
			shared = new IdentityStub();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	public String tokenUri() {
		return baseUrl() + TOKEN_PATH;
	}

	/** identity-service knows the verified identity and releases it for the e-ID. */
	public void knows(String identityId, String subject, String name, String idNumber) {
		String body = """
				{"identityId":"%s","subject":"%s","name":"%s","idNumber":"%s","regionCode":"%s"}"""
			.formatted(identityId, subject, name, idNumber, idNumber.substring(0, 6));
		this.server.stubFor(identity(identityId).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withQueryParam("purpose", equalTo("resident-e-id-issuance"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
	}

	/** identity-service answers 503 about this identity. */
	public void isDownFor(String identityId) {
		this.server.stubFor(identity(identityId).willReturn(aResponse().withStatus(503)));
	}

	/** identity-service does not know the identity (404 problem). */
	public void doesNotKnow(String identityId) {
		this.server.stubFor(identity(identityId).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"status\":404,\"code\":\"IDENTITY_NOT_FOUND\"}")));
	}

	public int readsOf(String identityId) {
		return this.server
			.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/v1/identity/identities/" + identityId)).build())
			.getCount();
	}

	private static MappingBuilder identity(String identityId) {
		return get(urlPathEqualTo("/api/v1/identity/identities/" + identityId));
	}

}

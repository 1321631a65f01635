package org.shengshi.cases;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for identity-service's endpoints for platform services (role {@code system},
 * case-service's client token): {@code GET /api/v1/identity/delegations/check} (answer
 * {@code {allowed, delegationId}}, not allowed unless stubbed) and {@code GET
 * /api/v1/identity/identities?subject&purpose} (404 unless stubbed).
 */
public final class IdentityStub {

	private static final String CHECK = "/api/v1/identity/delegations/check";

	private static final String IDENTITIES = "/api/v1/identity/identities";

	private static IdentityStub shared;

	private final WireMockServer server;

	private IdentityStub() {
		this.server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").http2PlainDisabled(true).dynamicPort());
		this.server.start();
		this.server.stubFor(get(urlPathEqualTo(CHECK)).atPriority(9)
			.withHeader("Authorization", equalTo(KeycloakStub.shared().serviceBearer()))
			.willReturn(json(200, "{\"allowed\":false,\"delegationId\":null}")));
		this.server.stubFor(get(urlPathEqualTo(IDENTITIES)).atPriority(9)
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"code\":\"IDENTITY_NOT_FOUND\",\"status\":404}")));
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

	/** {@code delegator} authorised {@code delegate} for the item, active now. */
	public void activeDelegation(String delegator, String delegate, String itemCode) {
		this.server.stubFor(get(urlPathEqualTo(CHECK)).atPriority(1)
			.withHeader("Authorization", equalTo(KeycloakStub.shared().serviceBearer()))
			.withQueryParams(
					Map.of("delegator", equalTo(delegator), "delegate", equalTo(delegate), "item", equalTo(itemCode)))
			.willReturn(json(200, "{\"allowed\":true,\"delegationId\":\"dl-" + delegate + "\"}")));
	}

	/** identity-service fails for every check asked by this delegate. */
	public StubMapping downForDelegate(String delegate) {
		return this.server.stubFor(get(urlPathEqualTo(CHECK)).atPriority(1)
			.withQueryParam("delegate", equalTo(delegate))
			.willReturn(aResponse().withStatus(503)));
	}

	/** The resident's verified identity, readable for purpose {@code case-prefill}. */
	public void verifiedIdentity(String subject, String name, String idNumber) {
		this.server.stubFor(get(urlPathEqualTo(IDENTITIES)).atPriority(1)
			.withHeader("Authorization", equalTo(KeycloakStub.shared().serviceBearer()))
			.withQueryParams(Map.of("subject", equalTo(subject), "purpose", equalTo("case-prefill")))
			.willReturn(json(200, """
					{"identityId":"id-%s","subject":"%s","name":"%s","idNumber":"%s","regionCode":"440106"}
					""".formatted(subject, subject, name, idNumber))));
	}

	/**
	 * The resident's verified identity at loa 3 until {@code loaExpiresAt}, as read for
	 * purpose {@code case-instant-completion}.
	 */
	public void faceVerifiedIdentity(String subject, java.time.Instant loaExpiresAt) {
		this.server.stubFor(get(urlPathEqualTo(IDENTITIES)).atPriority(1)
			.withHeader("Authorization", equalTo(KeycloakStub.shared().serviceBearer()))
			.withQueryParams(Map.of("subject", equalTo(subject), "purpose", equalTo("case-instant-completion")))
			.willReturn(json(200, """
					{"identityId":"id-%s","subject":"%s","name":"林老","idNumber":"440106194001011234",
					 "regionCode":"440106","loa":3,"loaExpiresAt":"%s"}
					""".formatted(subject, subject, loaExpiresAt))));
	}

	/** identity-service fails when asked for this resident's identity. */
	public void identityDownFor(String subject) {
		this.server.stubFor(get(urlPathEqualTo(IDENTITIES)).atPriority(1)
			.withQueryParam("subject", equalTo(subject))
			.willReturn(aResponse().withStatus(503)));
	}

	/** How many delegation checks this delegate caused. */
	public int checksBy(String delegate) {
		return this.server.findAll(getRequestedFor(urlPathEqualTo(CHECK)).withQueryParam("delegate", equalTo(delegate)))
			.size();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

package org.shengshi.cases;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Stands in for e-certificate-service's wallet as a resident reads it with their own
 * token: {@code GET /api/v1/certificates/wallet} (summaries) and {@code GET
 * /api/v1/certificates/wallet/{id}} (fields). Unknown tokens see an empty wallet and no
 * certificate (404).
 */
public final class CertificateServiceStub {

	private static final String WALLET = "/api/v1/certificates/wallet";

	private static CertificateServiceStub shared;

	private final WireMockServer server;

	private CertificateServiceStub() {
		this.server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").http2PlainDisabled(true).dynamicPort());
		this.server.start();
		this.server.stubFor(get(urlPathEqualTo(WALLET)).atPriority(9).willReturn(json(200, "[]")));
		this.server.stubFor(get(urlPathMatching(WALLET + "/.+")).atPriority(9)
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"code\":\"CERTIFICATE_NOT_FOUND\",\"status\":404}")));
	}

	public static synchronized CertificateServiceStub shared() {
		if (shared == null) {
			shared = new CertificateServiceStub();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * The holder of {@code bearer} has a certificate of the type with the given status
	 * code and fields (a JSON object).
	 */
	public void holds(String bearer, String certificateId, String typeCode, String status, String fieldsJson) {
		this.server.stubFor(get(urlPathEqualTo(WALLET)).atPriority(1)
			.withHeader("Authorization", equalTo(bearer))
			.willReturn(json(200, """
					[{"id":"%s","identifier":"1.2.156.3005.2.%s","typeCode":"%s","typeName":"证照","status":"%s",
					  "statusLabel":"有效","issuer":"广州市公安局","holderName":"张*","holderIdNumber":"4401**********1234"}]
					""".formatted(certificateId, certificateId, typeCode, status))));
		this.server.stubFor(get(urlPathEqualTo(WALLET + "/" + certificateId)).atPriority(1)
			.withHeader("Authorization", equalTo(bearer))
			.willReturn(json(200, """
					{"id":"%s","identifier":"1.2.156.3005.2.%s","typeCode":"%s","status":"%s","fields":%s}
					""".formatted(certificateId, certificateId, typeCode, status, fieldsJson))));
	}

	/**
	 * The holder of {@code bearer} may authorise departments to read the certificate:
	 * answers 201 with the authorisation.
	 */
	public void authorisable(String bearer, String certificateId) {
		this.server
			.stubFor(post(urlPathEqualTo("/api/v1/certificates/" + certificateId + "/authorisations")).atPriority(1)
				.withHeader("Authorization", equalTo(bearer))
				.withHeader("Idempotency-Key", matching("case-material_[0-9a-f-]{36}_[A-Za-z0-9-]{1,60}"))
				.withRequestBody(matchingJsonPath("$.caseId"))
				.withRequestBody(matchingJsonPath("$.department"))
				.willReturn(json(201, """
						{"id":"au-%s","certificateId":"%s","holderSubject":"x","caseId":"c","departmentCode":"d",
						 "grantedAt":"2026-01-05T01:00:00Z","expiresAt":"2026-02-04T01:00:00Z","revokedAt":null}
						""".formatted(certificateId, certificateId))));
	}

	/** The authorisation requests for the certificate (bodies). */
	public java.util.List<String> authorisationRequests(String certificateId) {
		return this.server
			.findAll(postRequestedFor(urlPathEqualTo("/api/v1/certificates/" + certificateId + "/authorisations")))
			.stream()
			.map((r) -> r.getBodyAsString())
			.toList();
	}

	/** e-certificate-service fails for this token. */
	public void downFor(String bearer) {
		this.server.stubFor(get(urlPathMatching(WALLET + ".*")).atPriority(1)
			.withHeader("Authorization", equalTo(bearer))
			.willReturn(aResponse().withStatus(503)));
		this.server.stubFor(post(urlPathMatching("/api/v1/certificates/.+/authorisations")).atPriority(1)
			.withHeader("Authorization", equalTo(bearer))
			.willReturn(aResponse().withStatus(503)));
	}

	/** How many wallet reads carried this token. */
	public int walletReads(String bearer) {
		return this.server
			.findAll(getRequestedFor(urlPathMatching(WALLET + ".*")).withHeader("Authorization", equalTo(bearer)))
			.size();
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

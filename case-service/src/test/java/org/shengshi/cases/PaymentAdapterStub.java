package org.shengshi.cases;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.responsetemplating.ResponseTemplateTransformer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for payment-adapter's "Creating an order" (docs/architecture.md): with
 * case-service's client token, a body naming the case, channel, amount and payer, and an
 * {@code Idempotency-Key}, it answers 201 with the order. Per case it can instead be down
 * or report a conflicting order.
 */
public final class PaymentAdapterStub {

	private static final String ORDERS = "/api/v1/payments/orders";

	private static PaymentAdapterStub shared;

	private final WireMockServer server;

	private final Map<String, StubMapping> overrides = new ConcurrentHashMap<>();

	private PaymentAdapterStub() {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.http2PlainDisabled(true)
			.dynamicPort()
			.templatingEnabled(true)
			.globalTemplating(false));
		this.server.start();
		this.server.stubFor(post(urlPathEqualTo(ORDERS)).atPriority(5)
			.withHeader("Authorization", equalTo(KeycloakStub.shared().serviceBearer()))
			.withHeader("Idempotency-Key", matching("case-payment_[0-9a-f-]{36}_[A-Z]+"))
			.withRequestBody(matchingJsonPath("$.businessRef"))
			.withRequestBody(matchingJsonPath("$.channel", matching("WECHAT|ALIPAY|UNIONPAY|SANDBOX")))
			.withRequestBody(matchingJsonPath("$.amountFen"))
			.withRequestBody(matchingJsonPath("$.payerSubject"))
			.withRequestBody(matchingJsonPath("$.description"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"""
								{"id":"po-{{jsonPath request.body '$.businessRef'}}","businessRef":"{{jsonPath request.body '$.businessRef'}}",
								 "channel":"{{jsonPath request.body '$.channel'}}","amountFen":{{jsonPath request.body '$.amountFen'}},
								 "description":"x","status":"PENDING","paidFen":0,"refundedFen":0,"prepayKind":"QR_CODE",
								 "prepayValue":"sandbox://pay/{{jsonPath request.body '$.businessRef'}}",
								 "expiresAt":"2030-01-01T00:00:00Z","createdAt":"2026-01-05T01:00:00Z","paidAt":null}
								""")
				.withTransformers(ResponseTemplateTransformer.NAME)));
	}

	public static synchronized PaymentAdapterStub shared() {
		if (shared == null) {
			shared = new PaymentAdapterStub();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** payment-adapter fails with 503 for this case. */
	public void downFor(String caseId) {
		this.overrides.put(caseId,
				this.server.stubFor(post(urlPathEqualTo(ORDERS)).atPriority(1)
					.withRequestBody(matchingJsonPath("$.businessRef", equalTo(caseId)))
					.willReturn(aResponse().withStatus(503))));
	}

	/** payment-adapter answers normally again for this case. */
	public void upFor(String caseId) {
		StubMapping override = this.overrides.remove(caseId);
		if (override != null) {
			this.server.removeStub(override);
		}
	}

	/** The case already has an order on another channel. */
	public void conflictFor(String caseId) {
		this.server.stubFor(post(urlPathEqualTo(ORDERS)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.businessRef", equalTo(caseId)))
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"code\":\"BUSINESS_REF_CONFLICT\",\"status\":409}")));
	}

	/** How many order requests for the case arrived. */
	public int orderRequests(String caseId) {
		return this.server
			.findAll(postRequestedFor(urlPathEqualTo(ORDERS))
				.withRequestBody(matchingJsonPath("$.businessRef", equalTo(caseId))))
			.size();
	}

	/** The body of the last order request for the case. */
	public String lastOrderRequest(String caseId) {
		var requests = this.server.findAll(postRequestedFor(urlPathEqualTo(ORDERS))
			.withRequestBody(matchingJsonPath("$.businessRef", equalTo(caseId))));
		return requests.isEmpty() ? null : requests.get(requests.size() - 1).getBodyAsString();
	}

}

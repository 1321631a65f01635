package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant asks for the order that pays the fee; case-service obtains it from
 * payment-adapter (WireMock stand-in of the documented contract) with its own client
 * token.
 */
class PaymentOrderIT extends CaseServiceSupport {

	private static final PaymentAdapterStub PAYMENTS = PaymentAdapterStub.shared();

	@Test
	void theApplicantGetsTheOrderForTheCaseFee() {
		String resident = newSubject();
		String id = awaitingPayment(resident);

		HttpResponse<String> response = pay(id, resident, "WECHAT", UUID.randomUUID().toString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode order = json(response);
		assertThat(order.path("id").asString()).isEqualTo("po-" + id);
		assertThat(order.path("status").asString()).isEqualTo("PENDING");
		assertThat(order.path("prepayKind").asString()).isEqualTo("QR_CODE");
		assertThat(order.path("prepayValue").asString()).isEqualTo("sandbox://pay/" + id);
		assertThat(order.path("amountFen").asLong()).isEqualTo(5000);
		JsonNode sent = JSON.readTree(PAYMENTS.lastOrderRequest(id));
		assertThat(sent.path("amountFen").asLong()).isEqualTo(5000);
		assertThat(sent.path("payerSubject").asString()).isEqualTo(resident);
		assertThat(sent.path("channel").asString()).isEqualTo("WECHAT");
	}

	@Test
	void callingAgainAsksForTheSameOrderAgain() {
		String resident = newSubject();
		String id = awaitingPayment(resident);

		HttpResponse<String> first = pay(id, resident, "SANDBOX", null);
		HttpResponse<String> second = pay(id, resident, "SANDBOX", null);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(json(second).path("id").asString()).isEqualTo(json(first).path("id").asString());
		assertThat(PAYMENTS.orderRequests(id)).isEqualTo(2);
	}

	@Test
	void paymentAdapterDownIsAServiceUnavailableProblemAndARetryWorks() {
		String resident = newSubject();
		String id = awaitingPayment(resident);
		PAYMENTS.downFor(id);

		assertProblem(pay(id, resident, "ALIPAY", null), 503, "PAYMENT_UNAVAILABLE");

		PAYMENTS.upFor(id);
		assertThat(pay(id, resident, "ALIPAY", null).statusCode()).isEqualTo(200);
	}

	@Test
	void anOrderOnAnotherChannelIsAConflict() {
		String resident = newSubject();
		String id = awaitingPayment(resident);
		PAYMENTS.conflictFor(id);

		assertProblem(pay(id, resident, "UNIONPAY", null), 409, "PAYMENT_ORDER_CONFLICT");
	}

	@Test
	void aCaseNotAwaitingPaymentIsRefusedWithoutAskingPaymentAdapter() {
		String resident = newSubject();
		String id = submitted(resident, FEE_ITEM).path("id").asString();

		assertProblem(pay(id, resident, "WECHAT", null), 409, "CASE_NOT_AWAITING_PAYMENT");
		assertThat(PAYMENTS.orderRequests(id)).isZero();
	}

	@Test
	void anUnknownChannelIsABadRequest() {
		String resident = newSubject();
		String id = awaitingPayment(resident);

		HttpResponse<String> response = pay(id, resident, "CASH", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(PAYMENTS.orderRequests(id)).isZero();
	}

	@Test
	void anotherResidentCannotPayForTheCase() {
		String id = awaitingPayment(newSubject());

		assertProblem(pay(id, newSubject(), "WECHAT", null), 404, "CASE_NOT_FOUND");
		assertThat(pay(id, null, "WECHAT", null).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> pay(String id, String resident, String channel, String key) {
		return post("/api/v1/cases/" + id + "/payment", (resident != null) ? resident(resident) : null,
				"{\"channel\":\"" + channel + "\"}", key);
	}

	private String awaitingPayment(String resident) {
		String id = submitted(resident, FEE_ITEM).path("id").asString();
		String officer = officer("o-pay", DEPT);
		act(id, officer, 1, "ACCEPT", null);
		act(id, officer, 2, "START_REVIEW", null);
		HttpResponse<String> approved = act(id, officer, 3, "APPROVE", null);
		assertThat(json(approved).path("status").asString()).as(approved.body()).isEqualTo("AWAITING_PAYMENT");
		return id;
	}

}

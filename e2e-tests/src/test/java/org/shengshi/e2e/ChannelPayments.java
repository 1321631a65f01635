package org.shengshi.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.shengshi.localstack.DemoAccount;
import org.shengshi.localstack.RunningStack;
import org.shengshi.localstack.WechatPayDesk;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.e2e.Residents.json;

/**
 * Residents paying case fees through WeChat Pay (payment-adapter's real network channel,
 * against the stack's WeChat Pay sandbox) the way the app does: one Idempotency-Key per
 * payment, asked again with the same key until the app has a QR code to show; the payer
 * then pays in WeChat, and the channel's paid notification reaches the platform through
 * the gateway twice (a channel repeats it) or never (lost: payment-adapter's sweep must
 * find the payment). Counts every request and, at the end, every broken invariant.
 */
final class ChannelPayments {

	private static final String FEE_ITEM = "居住证换领、补领";

	private static final Duration RECOVERY = Duration.ofSeconds(120);

	private static final Duration SETTLING = Duration.ofSeconds(90);

	private final Platform platform;

	private final RunningStack stack;

	private final FaultTolerance run;

	private final List<Payment> payments;

	private final Map<String, String> prepayByCase = new LinkedHashMap<>();

	private ChannelPayments(Platform platform, RunningStack stack, List<Payment> payments) {
		this.platform = platform;
		this.stack = stack;
		this.run = new FaultTolerance(platform);
		this.payments = payments;
	}

	/**
	 * {@code residents} new verified residents with {@code casesEach} cases each of an
	 * item with a fee, accepted and approved by the department: awaiting payment.
	 */
	static ChannelPayments awaitingPayment(Platform platform, RunningStack stack, int residents, int casesEach) {
		JsonNode hits = platform
			.gatewayGet("/api/v1/catalog/search?q=" + URLEncoder.encode("居住证补领", StandardCharsets.UTF_8), null)
			.json();
		String code = null;
		for (JsonNode hit : hits.path("results")) {
			if (hit.path("name").asString().equals(FEE_ITEM)) {
				code = hit.path("itemCode").asString();
			}
		}
		assertThat(code).as(FEE_ITEM + " in the search results").isNotNull();
		JsonNode item = CatalogItems.currentVersion(platform, code);
		assertThat(item.path("feeFen").asLong()).as("the item has a fee").isPositive();
		Residents people = new Residents(platform);
		Cases cases = new Cases(platform);
		String officer = platform.accessToken(DemoAccount.OFFICER1);
		List<Payment> payments = new ArrayList<>();
		for (int r = 0; r < residents; r++) {
			String token = people.token(people.verifyRealName(people.signUp(), "林晓峰"));
			for (int c = 0; c < casesEach; c++) {
				String caseId = cases.fileAndSubmit(token, item, CatalogItems.formFor(item)).path("id").asString();
				cases.act(officer, caseId, "ACCEPT", null);
				cases.act(officer, caseId, "START_REVIEW", null);
				assertThat(cases.act(officer, caseId, "APPROVE", null).path("status").asString())
					.isEqualTo("AWAITING_PAYMENT");
				payments.add(new Payment(token, caseId, "pay-" + caseId, item.path("feeFen").asLong()));
			}
		}
		return new ChannelPayments(platform, stack, payments);
	}

	FaultTolerance run() {
		return this.run;
	}

	/** Asks once for every payment the app has nothing to pay with yet. */
	void askOnce() {
		this.payments.stream().filter((payment) -> !this.prepayByCase.containsKey(payment.caseId())).forEach(this::ask);
	}

	/**
	 * After the fault: asks again (same keys) until every payment can be paid, bounded in
	 * time; then checks that every payment completed once, prints the fault table row and
	 * asserts no unclear error and no broken invariant.
	 */
	void completeAndCheck(String fault, int duringFault) {
		long deadline = System.nanoTime() + RECOVERY.toNanos();
		while (this.prepayByCase.size() < this.payments.size() && System.nanoTime() < deadline) {
			askOnce();
			if (this.prepayByCase.size() < this.payments.size()) {
				pause();
			}
		}
		assertThat(this.prepayByCase).as("payments the app could show a QR code for").hasSameSizeAs(this.payments);
		int violated = casesNotMovedOnOnce() + ordersNotPaidOnce();
		System.out.println("FAULT-TABLE " + this.run.report(fault, duringFault, violated));
		assertThat(this.run.badAnswers()).isEmpty();
		assertThat(violated).isZero();
	}

	/**
	 * The app asks case-service for the order; once it has a QR code the payer pays, and
	 * the channel's notification arrives twice, or (every second payment) is lost.
	 */
	private void ask(Payment payment) {
		HttpResult answer = this.platform.gatewaySend("POST", "/api/v1/cases/" + payment.caseId() + "/payment",
				payment.token(), json(Map.of("channel", "WECHAT")), "Idempotency-Key", payment.key());
		this.run.count(answer);
		if (answer.status() >= 300) {
			return;
		}
		JsonNode prepayValue = answer.json().path("prepayValue");
		if (!prepayValue.isString() || prepayValue.asString().isEmpty()) {
			return;
		}
		String prepay = prepayValue.asString();
		this.prepayByCase.put(payment.caseId(), prepay);
		WechatPayDesk.Notification paid = this.stack.wechatPay().payWith(prepay);
		if (this.prepayByCase.size() % 2 == 1) {
			for (int delivery = 0; delivery < 2; delivery++) {
				this.run.count(this.platform.gatewaySend("POST", "/api/v1/payments/callbacks/wechat", null, paid.body(),
						paid.headerPairs()));
			}
		}
	}

	/**
	 * Cases not completed after their payment, or whose timeline shows the payment other
	 * than once (waits for the events to be consumed).
	 */
	private int casesNotMovedOnOnce() {
		try {
			Eventually.await("every paid case completed", SETTLING, this::notCompleted, List::isEmpty);
		}
		catch (AssertionError ex) {
			System.out.println(ex.getMessage());
		}
		int violations = notCompleted().size();
		for (Payment payment : this.payments) {
			JsonNode timeline = this.platform
				.gatewayGet("/api/v1/cases/" + payment.caseId() + "/timeline", payment.token())
				.json();
			int paidSteps = 0;
			for (JsonNode step : timeline) {
				paidSteps += step.path("toStatus").asString().equals("PAID") ? 1 : 0;
			}
			if (paidSteps != 1) {
				System.out.println("case " + payment.caseId() + " shows PAID " + paidSteps + " times");
				violations++;
			}
		}
		return violations;
	}

	private List<String> notCompleted() {
		return this.payments.stream()
			.filter((payment) -> !this.platform.gatewayGet("/api/v1/cases/" + payment.caseId(), payment.token())
				.text("status")
				.equals("COMPLETED"))
			.map(Payment::caseId)
			.toList();
	}

	/**
	 * Per case: exactly one payment order, succeeded, paid its amount once, and exactly
	 * one {@code payment.succeeded} event for it in payment-adapter's stream.
	 */
	private int ordersNotPaidOnce() {
		Map<String, List<JsonNode>> ordersByCase = new HashMap<>();
		for (String token : this.payments.stream().map(Payment::token).collect(Collectors.toSet())) {
			for (JsonNode order : this.platform.gatewayGet("/api/v1/payments/orders", token).json()) {
				ordersByCase.computeIfAbsent(order.path("businessRef").asString(), (key) -> new ArrayList<>())
					.add(order);
			}
		}
		int violations = 0;
		Map<String, Integer> succeeded;
		Set<String> orderIds = ordersByCase.values()
			.stream()
			.flatMap(List::stream)
			.map((order) -> order.path("id").asString())
			.collect(Collectors.toSet());
		try (EventStreams streams = new EventStreams(this.stack)) {
			succeeded = awaitOneEach(streams, orderIds);
		}
		for (Payment payment : this.payments) {
			List<JsonNode> orders = ordersByCase.getOrDefault(payment.caseId(), List.of());
			boolean once = orders.size() == 1 && orders.get(0).path("status").asString().equals("SUCCEEDED")
					&& orders.get(0).path("paidFen").asLong() == payment.feeFen()
					&& succeeded.get(orders.get(0).path("id").asString()) == 1;
			if (!once) {
				System.out.println("case " + payment.caseId() + " orders " + orders + ", payment.succeeded events "
						+ orders.stream().map((order) -> succeeded.get(order.path("id").asString())).toList());
				violations++;
			}
		}
		return violations;
	}

	private static Map<String, Integer> awaitOneEach(EventStreams streams, Set<String> orderIds) {
		try {
			return Eventually.await("one payment.succeeded event per order", SETTLING,
					() -> streams.count("payment-adapter", "payment.succeeded", orderIds),
					(counts) -> counts.values().stream().allMatch((count) -> count == 1));
		}
		catch (AssertionError ex) {
			System.out.println(ex.getMessage());
			return streams.count("payment-adapter", "payment.succeeded", orderIds);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/** One fee to pay: the applicant's token, the case, the app's key for its payment. */
	private record Payment(String token, String caseId, String key, long feeFen) {
	}

}

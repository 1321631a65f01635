package org.shengshi.payment.order;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.Operation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCreateIT extends PaymentServiceSupport {

	private static final String PATH = "/api/v1/payments/orders";

	private final WechatPaySandbox wechat = TestChannels.wechat();

	@Autowired
	private OrderMapper mapper;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void channelAcceptsPrepay() {
		this.wechat.reset();
		this.wechat.acceptsPrepay();
	}

	static String order(String ref, long amountFen) {
		return """
				{"businessRef":"%s","channel":"WECHAT","amountFen":%d,"description":"居住证工本费","payerSubject":"resident-7"}"""
			.formatted(ref, amountFen);
	}

	private String system() {
		return JWT.client("case-service", "system").bearer();
	}

	private long prepayCalls(String orderId) {
		String outTradeNo = orderId.replace("-", "");
		return this.wechat.requests(Operation.PREPAY)
			.stream()
			.filter((request) -> request.getBodyAsString().contains(outTradeNo))
			.count();
	}

	@Test
	void systemClientCreatesAnOrderPlacedAtTheChannel() {
		String ref = "case-" + UUID.randomUUID();

		HttpResponse<String> response = postJson(PATH, system(), order(ref, 1230));

		assertThat(response.statusCode()).isEqualTo(201);
		OrderRow row = this.mapper.findByBusinessRef(ref);
		assertThat(response.headers().firstValue("Location")).hasValue(PATH + "/" + row.id());
		assertThat(row.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(row.amountFen()).isEqualTo(1230);
		assertThat(row.prepayKind()).isEqualTo("QR_CODE");
		assertThat(response.body()).contains("\"status\":\"PENDING\"").contains("weixin://wxpay/bizpayurl");
		assertThat(prepayCalls(row.id())).isEqualTo(1);
		assertThat(this.wechat.requests(Operation.PREPAY)).allMatch(this.wechat::isSignedByMerchant);
	}

	@Test
	void sameBusinessRefGivesTheSameOrderWithoutASecondPreOrder() {
		String ref = "case-" + UUID.randomUUID();
		HttpResponse<String> first = postJson(PATH, system(), order(ref, 500));

		HttpResponse<String> second = postJson(PATH, system(), order(ref, 500));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(200);
		String id = this.mapper.findByBusinessRef(ref).id();
		assertThat(second.body()).contains(id);
		assertThat(prepayCalls(id)).isEqualTo(1);
	}

	@Test
	void sixteenParallelIdenticalCreatesMakeOneOrderAndOnePreOrder() throws Exception {
		String ref = "case-" + UUID.randomUUID();
		List<Integer> statuses = statusesSentTogether(16, () -> postJson(PATH, system(), order(ref, 2000)));

		assertThat(statuses).containsOnly(200, 201);
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		Integer orders = this.jdbc.queryForObject("SELECT COUNT(*) FROM payment_order WHERE business_ref = ?",
				Integer.class, ref);
		assertThat(orders).isEqualTo(1);
		assertThat(prepayCalls(this.mapper.findByBusinessRef(ref).id())).isEqualTo(1);
	}

	@Test
	void aRequestWhileThePreOrderIsInFlightWaitsForItsAnswerAndGetsWhatToPay() throws Exception {
		this.wechat.reset();
		this.wechat.acceptsPrepayAfter(Duration.ofMillis(1500));
		String ref = "case-" + UUID.randomUUID();
		CompletableFuture<HttpResponse<String>> first = CompletableFuture
			.supplyAsync(() -> postJson(PATH, system(), order(ref, 1500)));
		Thread.sleep(500);

		HttpResponse<String> second = postJson(PATH, system(), order(ref, 1500));

		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("\"status\":\"PENDING\"").contains("weixin://wxpay/bizpayurl");
		assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
		assertThat(prepayCalls(this.mapper.findByBusinessRef(ref).id())).isEqualTo(1);
	}

	@Test
	void sameBusinessRefWithAnotherAmountIs409() {
		String ref = "case-" + UUID.randomUUID();
		postJson(PATH, system(), order(ref, 500));

		HttpResponse<String> response = postJson(PATH, system(), order(ref, 501));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("BUSINESS_REF_CONFLICT");
	}

	@Test
	void preOrderRefusedByTheChannelFailsTheOrderAndPublishesPaymentFailed() {
		this.wechat.reset();
		this.wechat.rejectsPrepay("PARAM_ERROR");
		String ref = "case-" + UUID.randomUUID();

		HttpResponse<String> response = postJson(PATH, system(), order(ref, 700));

		assertThat(response.statusCode()).isEqualTo(201);
		OrderRow row = this.mapper.findByBusinessRef(ref);
		assertThat(row.status()).isEqualTo(OrderStatus.FAILED);
		assertThat(outboxRows(row.id(), "payment.failed")).isEqualTo(1);
	}

	@Test
	void preOrderTimeoutIs503AndLeavesTheOrderCreatedForTheSweep() {
		this.wechat.reset();
		this.wechat.answersAfter(Operation.PREPAY, TestChannels.TIMEOUT_DELAY);
		String ref = "case-" + UUID.randomUUID();

		HttpResponse<String> response = postJson(PATH, system(), order(ref, 800));

		assertThat(response.statusCode()).isEqualTo(503);
		OrderRow row = this.mapper.findByBusinessRef(ref);
		assertThat(response.body()).contains("CHANNEL_NOT_ANSWERING").contains(row.id());
		assertThat(row.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(outboxRows(row.id(), "payment.failed")).isZero();
	}

	@Test
	void residentCannotCreateOrdersAndBadInputIs400AndUnconfiguredChannelIs422() {
		String body = order("case-" + UUID.randomUUID(), 100);
		assertThat(postJson(PATH, JWT.resident("resident-7").bearer(), body).statusCode()).isEqualTo(403);
		assertThat(postJson(PATH, null, body).statusCode()).isEqualTo(401);

		HttpResponse<String> invalid = postJson(PATH, system(), order("bad ref!", -5));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("VALIDATION_FAILED").contains("amountFen").contains("businessRef");

		// the in-process sandbox channel is not enabled in this service
		HttpResponse<String> sandbox = postJson(PATH, system(), body.replace("WECHAT", "SANDBOX"));
		assertThat(sandbox.statusCode()).isEqualTo(422);
		assertThat(sandbox.body()).contains("CHANNEL_UNAVAILABLE");
	}

	@Test
	void aResidentReadsOwnOrderButNotAnotherResidents() {
		String ref = "case-" + UUID.randomUUID();
		postJson(PATH, system(), order(ref, 900));
		String id = this.mapper.findByBusinessRef(ref).id();

		assertThat(get(PATH + "/" + id, JWT.resident("resident-7").bearer()).statusCode()).isEqualTo(200);
		HttpResponse<String> other = get(PATH + "/" + id, JWT.resident("resident-8").bearer());
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).contains("ORDER_NOT_FOUND");
	}

	private int outboxRows(String subject, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, subject, type);
	}

}

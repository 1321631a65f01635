package org.shengshi.payment.reconciliation;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.BillRow;
import org.shengshi.payment.testsupport.WechatPaySandbox.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation of a seeded WeChat Pay bill with 11 planted discrepancies against the
 * real ledger: all found, none invented, the safe one repaired once.
 */
class ReconciliationIT extends PaymentServiceSupport {

	private static final LocalDate DAY = LocalDate.of(2025, 2, 14);

	private static final Instant AT = DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

	private static final String RUNS = "/api/v1/payments/reconciliation/runs";

	private final WechatPaySandbox wechat = TestChannels.wechat();

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ReconciliationJob job;

	@BeforeEach
	void channelAcceptsPrepay() {
		this.wechat.reset();
		this.wechat.acceptsPrepay();
	}

	private PaymentOrder pending(long amountFen) {
		return this.ledger.byId(createOrder(amountFen)).orElseThrow();
	}

	private PaymentOrder paid(long amountFen) {
		PaymentOrder order = pending(amountFen);
		assertThat(this.ledger.save(order.confirmPaid(Fen.of(amountFen), "42000" + amountFen, AT))).isTrue();
		return order;
	}

	private String refund(PaymentOrder order, long amountFen, String status) {
		String id = UUID.randomUUID().toString();
		String number = id.replace("-", "");
		Timestamp at = Timestamp.from(AT);
		this.jdbc.update("INSERT INTO payment_refund (id, order_id, out_refund_no, amount_fen, reason, status, "
				+ "requested_by, requested_at, succeeded_at, updated_at) VALUES (?, ?, ?, ?, '退费', ?, 'seed', ?, ?, ?)",
				id, order.id(), number, amountFen, status, at, status.equals("SUCCEEDED") ? at : null, at);
		return number;
	}

	private HttpResponse<String> run(LocalDate date) {
		return postJson(RUNS, JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer(),
				"{\"channel\":\"WECHAT\",\"date\":\"" + date + "\"}");
	}

	private static Set<String> found(JsonNode report) {
		Set<String> found = new HashSet<>();
		for (JsonNode line : report.get("discrepancies")) {
			String subject = line.hasNonNull("outRefundNo") ? line.get("outRefundNo").asText()
					: line.get("outTradeNo").asText();
			found.add(line.get("type").asText() + " " + subject);
		}
		return found;
	}

	@Test
	void aSeededBillWithElevenPlantedDiscrepanciesFindsAllInventsNoneAndRepairsTheSafeOneOnce() {
		PaymentOrder matched = paid(1000);
		PaymentOrder pendingHere = pending(2000);
		PaymentOrder notOnBill = paid(4000);
		PaymentOrder otherAmount = paid(5000);
		PaymentOrder failedHere = pending(6000);
		assertThat(this.ledger.save(failedHere.reportFailed())).isTrue();
		PaymentOrder paidTwice = paid(7000);
		String matchedRefund = refund(matched, 100, "SUCCEEDED");
		String refundNotOnBill = refund(paidTwice, 200, "SUCCEEDED");
		String refundProcessingHere = refund(otherAmount, 300, "PROCESSING");
		String refundOtherAmount = refund(matched, 150, "SUCCEEDED");
		String ghostOrder = UUID.randomUUID().toString().replace("-", "");
		String ghostRefund = UUID.randomUUID().toString().replace("-", "");
		List<BillRow> bill = new ArrayList<>(List.of(BillRow.payment(matched.outTradeNo(), Fen.of(1000), AT),
				BillRow.payment(pendingHere.outTradeNo(), Fen.of(2000), AT),
				BillRow.payment(ghostOrder, Fen.of(3000), AT),
				BillRow.payment(otherAmount.outTradeNo(), Fen.of(4999), AT),
				BillRow.payment(failedHere.outTradeNo(), Fen.of(6000), AT),
				BillRow.payment(paidTwice.outTradeNo(), Fen.of(7000), AT),
				BillRow.payment(paidTwice.outTradeNo(), Fen.of(7000), AT),
				BillRow.refund(matched.outTradeNo(), matchedRefund, Fen.of(100), AT),
				BillRow.refund(matched.outTradeNo(), ghostRefund, Fen.of(50), AT),
				BillRow.refund(otherAmount.outTradeNo(), refundProcessingHere, Fen.of(300), AT),
				BillRow.refund(matched.outTradeNo(), refundOtherAmount, Fen.of(151), AT),
				BillRow.refund(matched.outTradeNo(), matchedRefund, Fen.of(100), AT)));
		this.wechat.statementFor(DAY, bill);

		HttpResponse<String> response = run(DAY);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = JsonMapper.builder().build().readTree(response.body());
		assertThat(found(report)).containsExactlyInAnyOrder("CHANNEL_PAID_LOCAL_PENDING " + pendingHere.outTradeNo(),
				"CHANNEL_PAID_LOCAL_MISSING " + ghostOrder, "LOCAL_PAID_CHANNEL_MISSING " + notOnBill.outTradeNo(),
				"PAYMENT_AMOUNT_MISMATCH " + otherAmount.outTradeNo(),
				"CHANNEL_PAID_LOCAL_CLOSED " + failedHere.outTradeNo(),
				"DUPLICATE_CHANNEL_PAYMENT " + paidTwice.outTradeNo(), "CHANNEL_REFUND_LOCAL_MISSING " + ghostRefund,
				"LOCAL_REFUND_CHANNEL_MISSING " + refundNotOnBill,
				"CHANNEL_REFUND_LOCAL_NOT_SUCCEEDED " + refundProcessingHere,
				"REFUND_AMOUNT_MISMATCH " + refundOtherAmount, "DUPLICATE_CHANNEL_REFUND " + matchedRefund);
		assertThat(report.get("status").asText()).isEqualTo("DISCREPANCIES");
		assertThat(report.get("discrepancyCount").asInt()).isEqualTo(11);
		assertThat(report.get("repairedCount").asInt()).isEqualTo(1);
		assertThat(response.body()).contains("\"categoryLabel\":\"长款\"")
			.contains("\"categoryLabel\":\"短款\"")
			.contains("\"categoryLabel\":\"单边账\"")
			.contains("\"categoryLabel\":\"金额不符\"");
		PaymentOrder repaired = this.ledger.byId(pendingHere.id()).orElseThrow();
		assertThat(repaired.status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(repaired.paidAt()).isEqualTo(AT);
		assertThat(this.ledger.byId(failedHere.id()).orElseThrow().status()).isEqualTo(OrderStatus.FAILED);
		assertThat(succeededEvents(pendingHere)).isEqualTo(1);

		HttpResponse<String> rerun = run(DAY);

		JsonNode second = JsonMapper.builder().build().readTree(rerun.body());
		assertThat(found(second)).hasSize(10).doesNotContain("CHANNEL_PAID_LOCAL_PENDING " + pendingHere.outTradeNo());
		assertThat(second.get("id").asText()).isEqualTo(report.get("id").asText());
		assertThat(succeededEvents(pendingHere)).isEqualTo(1);
		HttpResponse<String> stored = get("/api/v1/payments/reconciliation/reports/WECHAT/" + DAY,
				JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer());
		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(stored.body()).contains("\"discrepancyCount\":10");
	}

	@Test
	void aBalancedDayIsReportedBalanced() {
		LocalDate day = DAY.minusDays(30);
		this.wechat.statementFor(day, List.of());

		HttpResponse<String> response = run(day);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"BALANCED\"").contains("\"discrepancyCount\":0");
	}

	@Test
	void theDailyJobReconcilesEveryChannelWhoseStatementIsAvailable() {
		LocalDate day = DAY.minusDays(90);
		this.wechat.statementFor(day, List.of());
		TestChannels.alipay().reset();
		TestChannels.unionpay().reset();

		int done = this.job.runAll(day);

		assertThat(done).isEqualTo(1);
		assertThat(get("/api/v1/payments/reconciliation/reports/WECHAT/" + day,
				JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer())
			.body()).contains("\"status\":\"BALANCED\"");
		assertThat(get("/api/v1/payments/reconciliation/reports/ALIPAY/" + day,
				JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aStatementTheChannelCannotDeliverIs503AndStoresNothing() {
		LocalDate day = DAY.minusDays(60);
		this.wechat.returns500On(Operation.STATEMENT);

		HttpResponse<String> response = run(day);

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("STATEMENT_UNAVAILABLE");
		assertThat(get("/api/v1/payments/reconciliation/reports/WECHAT/" + day,
				JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void onlyPlatformAdminsRunReconciliationAndOnlyForPastDays() {
		String body = "{\"channel\":\"WECHAT\",\"date\":\"" + DAY + "\"}";
		assertThat(postJson(RUNS, null, body).statusCode()).isEqualTo(401);
		assertThat(postJson(RUNS, JWT.client("case-service", "system").bearer(), body).statusCode()).isEqualTo(403);
		assertThat(run(LocalDate.now().plusDays(2)).statusCode()).isEqualTo(400);
		assertThat(postJson(RUNS, JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer(),
				"{\"channel\":\"NOPE\",\"date\":\"x\"}")
			.statusCode()).isEqualTo(400);
	}

	private int succeededEvents(PaymentOrder order) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = 'payment.succeeded'", Integer.class,
				order.id());
	}

}

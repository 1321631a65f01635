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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.AlipaySandbox;
import org.shengshi.payment.testsupport.PaymentServiceSupport;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.UnionPaySandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation of Alipay and UnionPay against the real ledger, each from its own
 * statement format served by its WireMock sandbox (Alipay: the bill URL from
 * {@code alipay.data.dataservice.bill.downloadurl.query}, a GBK ZIP with the 业务明细 CSV;
 * UnionPay: {@code fileTransReq} with the ZM fixed-width file in a deflated ZIP), with
 * the same 11 planted discrepancies as the WeChat Pay run: all found, none invented, the
 * safe one repaired once.
 */
class ChannelReconciliationIT extends PaymentServiceSupport {

	private static final String RUNS = "/api/v1/payments/reconciliation/runs";

	private final AlipaySandbox alipay = TestChannels.alipay();

	private final UnionPaySandbox unionpay = TestChannels.unionpay();

	@Autowired
	private OrderLedger ledger;

	@Autowired
	private JdbcTemplate jdbc;

	/** A line the test plants on a statement, written in the channel's own format. */
	private record Planted(boolean refund, PaymentOrder order, String outTradeNo, String outRefundNo, long fen) {

		static Planted payment(String outTradeNo, long fen) {
			return new Planted(false, null, outTradeNo, null, fen);
		}

		static Planted refund(PaymentOrder order, String outRefundNo, long fen) {
			return new Planted(true, order, order.outTradeNo(), outRefundNo, fen);
		}

	}

	@BeforeEach
	void channelsAcceptPreOrders() {
		this.alipay.reset();
		this.alipay.acceptsPrecreate();
		this.unionpay.reset();
		this.unionpay.acceptsQrApply();
	}

	/** A different day per channel, so each run sees only its own seeded ledger. */
	private static LocalDate day(ChannelId channel) {
		return (channel == ChannelId.ALIPAY) ? LocalDate.of(2025, 3, 14) : LocalDate.of(2025, 4, 14);
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	private void statement(ChannelId channel, LocalDate day, List<Planted> lines) {
		Instant at = at(day);
		if (channel == ChannelId.ALIPAY) {
			this.alipay.statementFor(day, lines.stream()
				.map((line) -> line.refund()
						? AlipaySandbox.BillRow.refund(line.outTradeNo(), line.outRefundNo(), Fen.of(line.fen()), at)
						: AlipaySandbox.BillRow.payment(line.outTradeNo(), Fen.of(line.fen()), at))
				.toList());
			return;
		}
		this.unionpay.statementFor(day,
				lines.stream()
					.map((line) -> line.refund()
							? UnionPaySandbox.ZmRow.refund(line.outRefundNo(), line.order().channelTradeNo(),
									Fen.of(line.fen()), at)
							: UnionPaySandbox.ZmRow.payment(line.outTradeNo(), Fen.of(line.fen()), at))
					.toList());
	}

	private PaymentOrder pending(ChannelId channel, long amountFen) {
		PaymentOrder order = this.ledger.byId(createOrder(channel.name(), amountFen)).orElseThrow();
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		return order;
	}

	private PaymentOrder paid(ChannelId channel, long amountFen, Instant at) {
		PaymentOrder order = pending(channel, amountFen);
		assertThat(this.ledger.save(order.confirmPaid(Fen.of(amountFen), "76" + UUID.randomUUID().hashCode(), at)))
			.isTrue();
		return this.ledger.byId(order.id()).orElseThrow();
	}

	private String refund(PaymentOrder order, long amountFen, String status, Instant at) {
		String id = UUID.randomUUID().toString();
		String number = id.replace("-", "");
		Timestamp time = Timestamp.from(at);
		this.jdbc.update("INSERT INTO payment_refund (id, order_id, out_refund_no, amount_fen, reason, status, "
				+ "requested_by, requested_at, succeeded_at, updated_at) VALUES (?, ?, ?, ?, '退费', ?, 'seed', ?, ?, ?)",
				id, order.id(), number, amountFen, status, time, status.equals("SUCCEEDED") ? time : null, time);
		return number;
	}

	private HttpResponse<String> run(ChannelId channel, LocalDate date) {
		return postJson(RUNS, JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer(),
				"{\"channel\":\"" + channel + "\",\"date\":\"" + date + "\"}");
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

	@ParameterizedTest
	@EnumSource(value = ChannelId.class, names = { "ALIPAY", "UNIONPAY" })
	void aSeededStatementWithElevenPlantedDiscrepanciesFindsAllInventsNoneAndRepairsTheSafeOneOnce(ChannelId channel) {
		LocalDate day = day(channel);
		Instant at = at(day);
		PaymentOrder matched = paid(channel, 1000, at);
		PaymentOrder pendingHere = pending(channel, 2000);
		PaymentOrder notOnStatement = paid(channel, 4000, at);
		PaymentOrder otherAmount = paid(channel, 5000, at);
		PaymentOrder failedHere = pending(channel, 6000);
		assertThat(this.ledger.save(failedHere.reportFailed())).isTrue();
		PaymentOrder paidTwice = paid(channel, 7000, at);
		String matchedRefund = refund(matched, 100, "SUCCEEDED", at);
		String refundNotOnStatement = refund(paidTwice, 200, "SUCCEEDED", at);
		String refundProcessingHere = refund(otherAmount, 300, "PROCESSING", at);
		String refundOtherAmount = refund(matched, 150, "SUCCEEDED", at);
		String ghostOrder = UUID.randomUUID().toString().replace("-", "");
		String ghostRefund = UUID.randomUUID().toString().replace("-", "");
		statement(channel, day,
				new ArrayList<>(List.of(Planted.payment(matched.outTradeNo(), 1000),
						Planted.payment(pendingHere.outTradeNo(), 2000), Planted.payment(ghostOrder, 3000),
						Planted.payment(otherAmount.outTradeNo(), 4999), Planted.payment(failedHere.outTradeNo(), 6000),
						Planted.payment(paidTwice.outTradeNo(), 7000), Planted.payment(paidTwice.outTradeNo(), 7000),
						Planted.refund(matched, matchedRefund, 100), Planted.refund(matched, ghostRefund, 50),
						Planted.refund(otherAmount, refundProcessingHere, 300),
						Planted.refund(matched, refundOtherAmount, 151), Planted.refund(matched, matchedRefund, 100))));

		HttpResponse<String> response = run(channel, day);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = JsonMapper.builder().build().readTree(response.body());
		assertThat(found(report)).containsExactlyInAnyOrder("CHANNEL_PAID_LOCAL_PENDING " + pendingHere.outTradeNo(),
				"CHANNEL_PAID_LOCAL_MISSING " + ghostOrder, "LOCAL_PAID_CHANNEL_MISSING " + notOnStatement.outTradeNo(),
				"PAYMENT_AMOUNT_MISMATCH " + otherAmount.outTradeNo(),
				"CHANNEL_PAID_LOCAL_CLOSED " + failedHere.outTradeNo(),
				"DUPLICATE_CHANNEL_PAYMENT " + paidTwice.outTradeNo(), "CHANNEL_REFUND_LOCAL_MISSING " + ghostRefund,
				"LOCAL_REFUND_CHANNEL_MISSING " + refundNotOnStatement,
				"CHANNEL_REFUND_LOCAL_NOT_SUCCEEDED " + refundProcessingHere,
				"REFUND_AMOUNT_MISMATCH " + refundOtherAmount, "DUPLICATE_CHANNEL_REFUND " + matchedRefund);
		assertThat(report.get("channel").asText()).isEqualTo(channel.name());
		assertThat(report.get("discrepancyCount").asInt()).isEqualTo(11);
		assertThat(report.get("repairedCount").asInt()).isEqualTo(1);
		PaymentOrder repaired = this.ledger.byId(pendingHere.id()).orElseThrow();
		assertThat(repaired.status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(repaired.paidAt()).isEqualTo(at);
		assertThat(this.ledger.byId(failedHere.id()).orElseThrow().status()).isEqualTo(OrderStatus.FAILED);
		assertThat(succeededEvents(pendingHere)).isEqualTo(1);

		JsonNode second = JsonMapper.builder().build().readTree(run(channel, day).body());

		assertThat(found(second)).hasSize(10).doesNotContain("CHANNEL_PAID_LOCAL_PENDING " + pendingHere.outTradeNo());
		assertThat(second.get("id").asText()).isEqualTo(report.get("id").asText());
		assertThat(succeededEvents(pendingHere)).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(value = ChannelId.class, names = { "ALIPAY", "UNIONPAY" })
	void aStatementThatMatchesTheLedgerIsBalanced(ChannelId channel) {
		LocalDate day = day(channel).minusDays(20);
		PaymentOrder order = paid(channel, 1234, at(day));
		String refund = refund(order, 234, "SUCCEEDED", at(day));
		statement(channel, day, List.of(Planted.payment(order.outTradeNo(), 1234), Planted.refund(order, refund, 234)));

		HttpResponse<String> response = run(channel, day);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"BALANCED\"").contains("\"discrepancyCount\":0");
	}

	@ParameterizedTest
	@EnumSource(value = ChannelId.class, names = { "ALIPAY", "UNIONPAY" })
	void aStatementTheChannelCannotDeliverIs503AndStoresNothing(ChannelId channel) {
		LocalDate day = day(channel).minusDays(40);
		if (channel == ChannelId.ALIPAY) {
			this.alipay.returns500On(AlipaySandbox.Operation.BILL);
		}
		else {
			this.unionpay.answers(UnionPaySandbox.Operation.FILE,
					java.util.Map.of("respCode", "98", "respMsg", "文件不存在"));
		}

		HttpResponse<String> response = run(channel, day);

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("STATEMENT_UNAVAILABLE");
		assertThat(get("/api/v1/payments/reconciliation/reports/" + channel + "/" + day,
				JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aUnionPayPaymentBookedAfterTheElevenPmCutOffBelongsToTheNextSettlementDay() {
		ChannelId channel = ChannelId.UNIONPAY;
		LocalDate day = day(channel).minusDays(60);
		Instant lateEvening = day.atTime(23, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		PaymentOrder late = paid(channel, 555, lateEvening);
		statement(channel, day, List.of());
		UnionPaySandbox.ZmRow nextDay = UnionPaySandbox.ZmRow.payment(late.outTradeNo(), Fen.of(555), lateEvening);

		HttpResponse<String> today = run(channel, day);
		this.unionpay.statementFor(day.plusDays(1), List.of(nextDay));
		HttpResponse<String> tomorrow = run(channel, day.plusDays(1));

		assertThat(today.body()).contains("\"status\":\"BALANCED\"");
		assertThat(tomorrow.body()).contains("\"status\":\"BALANCED\"");
	}

	private int succeededEvents(PaymentOrder order) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = 'payment.succeeded'", Integer.class,
				order.id());
	}

}

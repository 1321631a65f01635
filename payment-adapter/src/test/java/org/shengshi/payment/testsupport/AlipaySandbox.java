package org.shengshi.payment.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.shengshi.payment.channel.alipay.AlipayConfig;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.Sha256WithRsa;
import org.shengshi.payment.money.Fen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for the Alipay OpenAPI gateway: one {@code /gateway.do} dispatched
 * on the {@code method} parameter, answers
 * {@code {"<method>_response":{...},"sign":"..."}} signed by the Alipay key over the raw
 * response object, bills as a GBK ZIP.
 */
public final class AlipaySandbox implements AutoCloseable {

	public enum Operation {

		PRECREATE("alipay.trade.precreate"), QUERY("alipay.trade.query"), CLOSE("alipay.trade.close"),
		REFUND("alipay.trade.refund"), REFUND_QUERY("alipay.trade.fastpay.refund.query"),
		BILL("alipay.data.dataservice.bill.downloadurl.query");

		final String method;

		Operation(String method) {
			this.method = method;
		}

		String responseKey() {
			return this.method.replace('.', '_') + "_response";
		}

	}

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final AlipayNotifications notifications = new AlipayNotifications();

	public AlipaySandbox() {
		this.server.start();
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	public AlipayConfig config(Duration readTimeout) {
		return this.notifications.config(this.server.baseUrl(), readTimeout);
	}

	public void reset() {
		this.server.resetAll();
	}

	public AlipaySandbox acceptsPrecreate() {
		return succeeds(Operation.PRECREATE,
				Map.of("out_trade_no", "T1", "qr_code", "https://qr.alipay.com/bax0sandbox"));
	}

	public AlipaySandbox reportsPaid(String outTradeNo, Fen amount) {
		return succeeds(Operation.QUERY,
				Map.of("trade_no", "2024030122001491234567890123", "out_trade_no", outTradeNo, "trade_status",
						"TRADE_SUCCESS", "total_amount", amount.toYuan(), "send_pay_date", "2024-03-01 10:15:30"));
	}

	public AlipaySandbox acceptsClose() {
		return succeeds(Operation.CLOSE, Map.of("out_trade_no", "T1", "trade_no", "2024030122001491234567890123"));
	}

	public AlipaySandbox acceptsRefund(Fen refund) {
		return succeeds(Operation.REFUND,
				Map.of("fund_change", "Y", "refund_fee", refund.toYuan(), "trade_no", "2024030122"));
	}

	/** {@code fund_change} N: accepted, no money moved yet; confirmed by query. */
	public AlipaySandbox acceptsRefundPending(Fen refund) {
		return succeeds(Operation.REFUND,
				Map.of("fund_change", "N", "refund_fee", refund.toYuan(), "trade_no", "2024030122"));
	}

	/** The refund is booked at Alipay, but its answer comes only after {@code delay}. */
	public AlipaySandbox booksRefundsButAnswersAfter(Fen refund, Duration delay) {
		Map<String, String> response = new LinkedHashMap<>();
		response.put("code", "10000");
		response.put("msg", "Success");
		response.put("fund_change", "Y");
		response.put("refund_fee", refund.toYuan());
		return answers(Operation.REFUND,
				signedAnswer(Operation.REFUND, response).withFixedDelay((int) delay.toMillis()));
	}

	/** The refund query finds no refund of that request number (never received). */
	public AlipaySandbox knowsNoRefund() {
		return succeeds(Operation.REFUND_QUERY, Map.of("out_trade_no", "T1", "trade_no", "2024030122"));
	}

	public AlipaySandbox reportsRefunded(Fen refund) {
		return succeeds(Operation.REFUND_QUERY,
				Map.of("refund_status", "REFUND_SUCCESS", "refund_amount", refund.toYuan(), "out_request_no", "R1"));
	}

	/** A business refusal: {@code code} 40004 with a {@code sub_code}. */
	public AlipaySandbox refuses(Operation operation, String subCode) {
		return answers(operation, signedAnswer(operation,
				Map.of("code", "40004", "msg", "Business Failed", "sub_code", subCode, "sub_msg", "sandbox")));
	}

	public AlipaySandbox timesOutOn(Operation operation) {
		return answers(operation, aResponse().withStatus(200).withBody("{}").withFixedDelay(3000));
	}

	public AlipaySandbox resetsConnectionOn(Operation operation) {
		return answers(operation, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	public AlipaySandbox returnsMalformedBodyOn(Operation operation) {
		return answers(operation, aResponse().withStatus(200).withBody("<html>502 Bad Gateway</html>"));
	}

	public AlipaySandbox returns500On(Operation operation) {
		return answers(operation, aResponse().withStatus(500).withBody("Internal Server Error"));
	}

	/** A success answer whose signature does not match (forged or altered). */
	public AlipaySandbox returnsBadlySignedOn(Operation operation) {
		String inner = Json.write(Map.of("code", "10000", "msg", "Success", "qr_code", "https://forged"));
		return answers(operation, aResponse().withStatus(200)
			.withBody("{\"" + operation.responseKey() + "\":" + inner + ",\"sign\":\"" + sign("{}") + "\"}"));
	}

	/**
	 * One line of the 业务明细 bill: 交易 (payment) or 退款 (refund, with its request number).
	 */
	public record BillRow(String type, String outTradeNo, Fen amount, String requestNo, Instant finishedAt) {

		public static BillRow payment(String outTradeNo, Fen amount, Instant at) {
			return new BillRow("交易", outTradeNo, amount, null, at);
		}

		public static BillRow refund(String outTradeNo, String outRequestNo, Fen amount, Instant at) {
			return new BillRow("退款", outTradeNo, amount, outRequestNo, at);
		}

	}

	public AlipaySandbox statementFor(LocalDate date, List<BillRow> rows) {
		succeeds(Operation.BILL, Map.of("bill_download_url", this.server.baseUrl() + "/bill/download?date=" + date));
		this.server.stubFor(get(urlPathEqualTo("/bill/download")).willReturn(
				aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(zip(date, rows))));
		return this;
	}

	public List<LoggedRequest> requests(Operation operation) {
		return this.server.findAll(postRequestedFor(urlPathEqualTo("/gateway.do"))
			.withRequestBody(containing("method=" + operation.method + "&")));
	}

	/** Whether a gateway request is signed by our app key as Alipay checks it. */
	public boolean isSignedByApp(LoggedRequest request) {
		Map<String, String> params = FormCodec.parse(request.getBodyAsString());
		String canonical = FormCodec.canonical(params, Set.of("sign"));
		return Sha256WithRsa.verify(this.notifications.appKeys().publicKey(),
				canonical.getBytes(StandardCharsets.UTF_8), params.get("sign"));
	}

	@Override
	public void close() {
		this.server.stop();
	}

	private AlipaySandbox succeeds(Operation operation, Map<String, String> fields) {
		Map<String, String> response = new LinkedHashMap<>();
		response.put("code", "10000");
		response.put("msg", "Success");
		response.putAll(fields);
		return answers(operation, signedAnswer(operation, response));
	}

	private ResponseDefinitionBuilder signedAnswer(Operation operation, Map<String, String> response) {
		String inner = Json.write(response);
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html;charset=utf-8")
			.withBody("{\"" + operation.responseKey() + "\":" + inner + ",\"sign\":\"" + sign(inner) + "\"}");
	}

	private AlipaySandbox answers(Operation operation, ResponseDefinitionBuilder response) {
		this.server
			.stubFor(post(urlPathEqualTo("/gateway.do")).withRequestBody(containing("method=" + operation.method + "&"))
				.willReturn(response));
		return this;
	}

	private String sign(String text) {
		return Sha256WithRsa.sign(this.notifications.alipayKeys().privateKey(), text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The bill ZIP as Alipay ships it: GBK entry names and content, detail plus summary.
	 */
	public static byte[] zip(LocalDate date, List<BillRow> rows) {
		Charset gbk = Charset.forName("GBK");
		String day = date.toString().replace("-", "");
		StringBuilder csv = new StringBuilder("#支付宝业务明细查询\n#账号：[" + AlipayNotifications.SELLER_ID + "0156]\n");
		csv.append("#起始日期：[")
			.append(date)
			.append(" 00:00:00]   终止日期：[")
			.append(date.plusDays(1))
			.append(" 00:00:00]\n");
		csv.append("#-----------------------------------------业务明细列表----------------------------------------\n");
		csv.append("支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,订单金额（元）,商家实收（元）,"
				+ "支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注\n");
		int trades = 0;
		int refunds = 0;
		for (BillRow row : rows) {
			boolean refund = row.type().equals("退款");
			trades += refund ? 0 : 1;
			refunds += refund ? 1 : 0;
			String amount = (refund ? "-" : "") + row.amount().toYuan();
			String time = ChannelTime.format(row.finishedAt(), ChannelTime.DASHED);
			csv.append(String.join(",", "2024030122001491" + Math.abs(row.outTradeNo().hashCode()) + "\t",
					row.outTradeNo() + "\t", row.type(), "居住证工本费", time, time, "", "", "", "", "张*", amount, amount,
					"0.00", "0.00", "0.00", "0.00", "0.00", "", "0.00", "0.00", refund ? row.requestNo() + "\t" : "",
					"0.00", "0.00", ""))
				.append('\n');
		}
		csv.append("#-----------------------------------------业务明细列表结束------------------------------------\n");
		csv.append("#交易合计：").append(trades).append("笔，退款合计：").append(refunds).append("笔\n");
		csv.append("#导出时间：[").append(date.plusDays(1)).append(" 09:12:30]\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, gbk)) {
			zip.putNextEntry(new ZipEntry(AlipayNotifications.SELLER_ID + "0156_" + day + "_业务明细(汇总).csv"));
			zip.write("#支付宝业务汇总查询\n".getBytes(gbk));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(AlipayNotifications.SELLER_ID + "0156_" + day + "_业务明细.csv"));
			zip.write(csv.toString().getBytes(gbk));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}

package org.shengshi.payment.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.shengshi.payment.channel.support.HttpTimeouts;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.Sha256WithRsa;
import org.shengshi.payment.channel.wechat.WechatPayConfig;
import org.shengshi.payment.money.Fen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for the WeChat Pay v3 API that answers like the real one: every
 * success answer signed by the platform key ({@code Wechatpay-*} headers), errors as
 * {@code {"code","message"}}, bills behind a {@code download_url} with a SHA-1.
 */
public final class WechatPaySandbox implements AutoCloseable {

	/** The API operations, with the requests that reach them. */
	public enum Operation {

		PREPAY("POST", "/v3/pay/transactions/(native|jsapi)"), QUERY("GET", "/v3/pay/transactions/out-trade-no/[^/]+"),
		CLOSE("POST", "/v3/pay/transactions/out-trade-no/[^/]+/close"), REFUND("POST", "/v3/refund/domestic/refunds"),
		QUERY_REFUND("GET", "/v3/refund/domestic/refunds/[^/]+"), STATEMENT("GET", "/v3/bill/tradebill");

		private final String method;

		private final String path;

		Operation(String method, String path) {
			this.method = method;
			this.path = path;
		}

		MappingBuilder mapping() {
			UrlPattern url = urlPathMatching(this.path);
			return this.method.equals("GET") ? get(url) : post(url);
		}

	}

	private final TestKeys.Credentials platform = TestKeys.of("wechat-platform");

	private final TestKeys.Credentials merchant = TestKeys.of("wechat-merchant");

	private final RefundDesk refundDesk = new RefundDesk();

	private final WireMockServer server;

	public WechatPaySandbox() {
		this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(this.refundDesk));
		this.server.start();
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	public WechatPayConfig config(Duration readTimeout) {
		return new WechatPayConfig(baseUrl(), WechatNotifications.MCH_ID, WechatNotifications.APP_ID,
				this.merchant.serialHex(), this.merchant.privateKey(),
				WechatPayConfig.apiV3Key(WechatNotifications.API_V3_KEY),
				Map.of(this.platform.serialHex(), this.platform.certificate()),
				"https://shengshi.test/api/v1/payments/callbacks/wechat",
				new HttpTimeouts(Duration.ofSeconds(1), readTimeout), Clock.systemUTC(), Duration.ofMinutes(5));
	}

	public void reset() {
		this.server.resetAll();
		this.refundDesk.received.clear();
	}

	/**
	 * Refunds are booked as they arrive (by refund number, the same number twice is one
	 * refund) and answered with {@code status}, signed, echoing the request.
	 */
	public WechatPaySandbox refundsWith(String status) {
		return answers(Operation.REFUND,
				aResponse().withTransformers(RefundDesk.NAME).withTransformerParameter("status", status));
	}

	/**
	 * Refunds are booked, but the answer comes after {@code delay} (past the client's
	 * read timeout: the money went back, the caller does not know).
	 */
	public WechatPaySandbox booksRefundsButAnswersAfter(Duration delay) {
		return answers(Operation.REFUND,
				aResponse().withTransformers(RefundDesk.NAME)
					.withTransformerParameter("status", "SUCCESS")
					.withTransformerParameter("delay", (int) delay.toMillis()));
	}

	/**
	 * Refund queries answer {@code status} for booked refunds and 404
	 * {@code RESOURCE_NOT_EXISTS} for refunds never received.
	 */
	public WechatPaySandbox refundQueriesAnswer(String status) {
		return answers(Operation.QUERY_REFUND,
				aResponse().withTransformers(RefundDesk.NAME).withTransformerParameter("status", status));
	}

	/** How many distinct refunds the sandbox booked. */
	public int bookedRefunds() {
		return this.refundDesk.received.size();
	}

	public WechatPaySandbox acceptsPrepay() {
		return acceptsPrepayAfter(Duration.ZERO);
	}

	/** Accepts pre-orders, answering after {@code delay} (within the read timeout). */
	public WechatPaySandbox acceptsPrepayAfter(Duration delay) {
		return answers(Operation.PREPAY,
				signed(200, Json.write(Map.of("code_url", "weixin://wxpay/bizpayurl?pr=sandbox01", "prepay_id",
						"wx201410272009395522657a690389285100")))
					.withFixedDelay((int) delay.toMillis()));
	}

	public WechatPaySandbox rejectsPrepay(String code) {
		return answers(Operation.PREPAY, error(400, code));
	}

	public WechatPaySandbox timesOutOnPrepay() {
		return timesOutOn(Operation.PREPAY);
	}

	public WechatPaySandbox resetsConnection() {
		return resetsConnectionOn(Operation.PREPAY);
	}

	public WechatPaySandbox returnsMalformedBody() {
		return returnsMalformedBodyOn(Operation.PREPAY);
	}

	public WechatPaySandbox returns500() {
		return returns500On(Operation.PREPAY);
	}

	public WechatPaySandbox timesOutOn(Operation operation) {
		return answersAfter(operation, Duration.ofSeconds(3));
	}

	/**
	 * Answers only after {@code delay} (longer than the client's read timeout: a
	 * timeout).
	 */
	public WechatPaySandbox answersAfter(Operation operation, Duration delay) {
		return answers(operation, signed(200, "{}").withFixedDelay((int) delay.toMillis()));
	}

	public WechatPaySandbox resetsConnectionOn(Operation operation) {
		return answers(operation, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	/** A 200 whose body is signed correctly but is not the JSON the API documents. */
	public WechatPaySandbox returnsMalformedBodyOn(Operation operation) {
		return answers(operation, signed(200, "{\"code_url\": <html>"));
	}

	public WechatPaySandbox returns500On(Operation operation) {
		return answers(operation, error(500, "SYSTEM_ERROR"));
	}

	/** A success answer without the platform signature (as a forged one would be). */
	public WechatPaySandbox returnsUnsignedOn(Operation operation, String body) {
		return answers(operation,
				aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));
	}

	public WechatPaySandbox reportsPaid(String outTradeNo, Fen amount) {
		return reportsTrade(outTradeNo, amount, "SUCCESS");
	}

	public WechatPaySandbox reportsTrade(String outTradeNo, Fen amount, String tradeState) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("appid", WechatNotifications.APP_ID);
		body.put("mchid", WechatNotifications.MCH_ID);
		body.put("out_trade_no", outTradeNo);
		body.put("transaction_id", "4200000" + Math.abs(outTradeNo.hashCode()));
		body.put("trade_type", "NATIVE");
		body.put("trade_state", tradeState);
		body.put("trade_state_desc", tradeState);
		if (tradeState.equals("SUCCESS")) {
			body.put("success_time", "2024-03-01T10:15:30+08:00");
		}
		body.put("amount", Map.of("total", amount.value(), "currency", "CNY"));
		this.server.stubFor(get(urlPathEqualTo("/v3/pay/transactions/out-trade-no/" + outTradeNo))
			.willReturn(signed(200, Json.write(body))));
		return this;
	}

	public WechatPaySandbox reportsNotFound() {
		return answers(Operation.QUERY, error(404, "ORDER_NOT_EXIST"));
	}

	public WechatPaySandbox acceptsClose() {
		return answers(Operation.CLOSE, signed(204, ""));
	}

	public WechatPaySandbox reportsPaidOnClose() {
		return answers(Operation.CLOSE, error(400, "ORDERPAID"));
	}

	public WechatPaySandbox acceptsRefund(String outRefundNo, Fen refund, String status) {
		return answers(Operation.REFUND, signed(200, refundBody(outRefundNo, refund, status)));
	}

	public WechatPaySandbox rejectsRefund(String code) {
		return answers(Operation.REFUND, error(400, code));
	}

	public WechatPaySandbox reportsRefund(String outRefundNo, Fen refund, String status) {
		return answers(Operation.QUERY_REFUND, signed(200, refundBody(outRefundNo, refund, status)));
	}

	/** A bill row: {@code SUCCESS} for a payment, {@code REFUND} for a refund. */
	public record BillRow(String state, String outTradeNo, Fen amount, String outRefundNo, Instant time) {

		public static BillRow payment(String outTradeNo, Fen amount, Instant time) {
			return new BillRow("SUCCESS", outTradeNo, amount, null, time);
		}

		public static BillRow refund(String outTradeNo, String outRefundNo, Fen amount, Instant time) {
			return new BillRow("REFUND", outTradeNo, amount, outRefundNo, time);
		}

	}

	public WechatPaySandbox statementFor(LocalDate date, List<BillRow> rows) {
		return statementFor(date, bill(rows), null);
	}

	public WechatPaySandbox statementWithWrongHashFor(LocalDate date, List<BillRow> rows) {
		return statementFor(date, bill(rows), "0000000000000000000000000000000000000000");
	}

	public WechatPaySandbox statementFor(LocalDate date, String file, String forcedHash) {
		String hash = forcedHash != null ? forcedHash : sha1(file);
		String url = baseUrl() + "/v3/billdownload/file?token=sandbox-" + date;
		this.server.stubFor(get(urlPathEqualTo("/v3/bill/tradebill"))
			.willReturn(signed(200, Json.write(Map.of("hash_type", "SHA1", "hash_value", hash, "download_url", url)))));
		this.server.stubFor(get(urlPathEqualTo("/v3/billdownload/file"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(file)));
		return this;
	}

	/** The bill file in the v3 ALL layout. */
	public static String bill(List<BillRow> rows) {
		StringBuilder out = new StringBuilder(
				"交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单总金额,代金券金额,"
						+ "微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\r\n");
		for (BillRow row : rows) {
			boolean refund = row.state().equals("REFUND");
			String time = org.shengshi.payment.channel.support.ChannelTime.format(row.time(),
					org.shengshi.payment.channel.support.ChannelTime.DASHED);
			List<String> fields = List.of(time, WechatNotifications.APP_ID, WechatNotifications.MCH_ID, "0", "",
					"4200000" + Math.abs(row.outTradeNo().hashCode()), row.outTradeNo(), "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
					"NATIVE", row.state(), "OTHERS", "CNY", refund ? "0.00" : row.amount().toYuan(), "0.00",
					refund ? "50000" + Math.abs(row.outRefundNo().hashCode()) : "0", refund ? row.outRefundNo() : "0",
					refund ? row.amount().toYuan() : "0.00", "0.00", refund ? "ORIGINAL" : "", refund ? "SUCCESS" : "",
					"居住证工本费,加急", "", "0.00000", "0.60%", refund ? "0.00" : row.amount().toYuan(),
					refund ? row.amount().toYuan() : "0.00", "");
			out.append('`').append(String.join(",`", fields)).append("\r\n");
		}
		out.append("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n");
		out.append('`').append(rows.size()).append(",`0.00,`0.00,`0.00,`0.00000,`0.00,`0.00\r\n");
		return out.toString();
	}

	/** Requests received for an operation. */
	public List<LoggedRequest> requests(Operation operation) {
		return this.server.findAll(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
				com.github.tomakehurst.wiremock.http.RequestMethod.fromString(operation.method),
				urlPathMatching(operation.path)));
	}

	/**
	 * Whether the request carries a valid merchant {@code Authorization} over
	 * METHOD\nURL\nTS\nNONCE\nBODY\n.
	 */
	public boolean isSignedByMerchant(LoggedRequest request) {
		String authorization = request.getHeader("Authorization");
		Matcher m = Pattern
			.compile("WECHATPAY2-SHA256-RSA2048 mchid=\"([^\"]+)\",nonce_str=\"([^\"]+)\",signature=\"([^\"]+)\","
					+ "timestamp=\"([^\"]+)\",serial_no=\"([^\"]+)\"")
			.matcher(authorization == null ? "" : authorization);
		if (!m.matches() || !m.group(1).equals(WechatNotifications.MCH_ID)
				|| !m.group(5).equals(this.merchant.serialHex())) {
			return false;
		}
		String message = request.getMethod().getName() + "\n" + request.getUrl() + "\n" + m.group(4) + "\n" + m.group(2)
				+ "\n" + request.getBodyAsString() + "\n";
		return Sha256WithRsa.verify(this.merchant.publicKey(), message.getBytes(StandardCharsets.UTF_8), m.group(3));
	}

	@Override
	public void close() {
		this.server.stop();
	}

	private WechatPaySandbox answers(Operation operation, ResponseDefinitionBuilder response) {
		this.server.stubFor(operation.mapping().willReturn(response));
		return this;
	}

	private ResponseDefinitionBuilder signed(int status, String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = "SANDBOXNONCE" + System.nanoTime();
		String signature = Sha256WithRsa.sign(this.platform.privateKey(),
				(timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
		ResponseDefinitionBuilder response = aResponse().withStatus(status)
			.withHeader("Wechatpay-Serial", this.platform.serialHex())
			.withHeader("Wechatpay-Timestamp", timestamp)
			.withHeader("Wechatpay-Nonce", nonce)
			.withHeader("Wechatpay-Signature", signature)
			.withHeader("Request-ID", "08F78BB5AF0610D302");
		return body.isEmpty() ? response : response.withHeader("Content-Type", "application/json").withBody(body);
	}

	private static ResponseDefinitionBuilder error(int status, String code) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(Json.write(Map.of("code", code, "message", "sandbox: " + code)));
	}

	private static String refundBody(String outRefundNo, Fen refund, String status) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("refund_id", "50000" + Math.abs(outRefundNo.hashCode()));
		body.put("out_refund_no", outRefundNo);
		body.put("transaction_id", "4200000");
		body.put("out_trade_no", "T-any");
		body.put("channel", "ORIGINAL");
		body.put("status", status);
		body.put("amount", Map.of("total", refund.value(), "refund", refund.value(), "currency", "CNY"));
		return Json.write(body);
	}

	/** Books refunds by number and answers them, signed, as WeChat Pay would. */
	private final class RefundDesk implements ResponseDefinitionTransformerV2 {

		static final String NAME = "refund-desk";

		private final Map<String, Fen> received = new java.util.concurrent.ConcurrentHashMap<>();

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			Parameters parameters = event.getTransformerParameters();
			String status = parameters.getString("status");
			int delay = parameters.getInt("delay", 0);
			LoggedRequest request = event.getRequest();
			String outRefundNo;
			if (request.getMethod().getName().equals("POST")) {
				tools.jackson.databind.JsonNode body = Json.parse(request.getBodyAsString());
				outRefundNo = Json.text(body, "out_refund_no");
				this.received.putIfAbsent(outRefundNo,
						Fen.of(Json.nonNegativeLong(Json.object(body, "amount"), "refund")));
			}
			else {
				outRefundNo = request.getUrl().replaceAll(".*/", "").replaceAll("\\?.*", "");
			}
			Fen amount = this.received.get(outRefundNo);
			if (amount == null) {
				return error(404, "RESOURCE_NOT_EXISTS").build();
			}
			return signed(200, refundBody(outRefundNo, amount, status)).withFixedDelay(delay).build();
		}

	}

	private static String sha1(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

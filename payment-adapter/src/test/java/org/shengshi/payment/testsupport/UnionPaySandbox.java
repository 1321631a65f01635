package org.shengshi.payment.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.HttpTimeouts;
import org.shengshi.payment.channel.support.Sha256WithRsa;
import org.shengshi.payment.channel.unionpay.UnionPayConfig;
import org.shengshi.payment.money.Fen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for the UnionPay gateway (signed form answers) and the producer of
 * signed background notifications and their tampered variants.
 */
public final class UnionPaySandbox implements AutoCloseable {

	public static final String MER_ID = "777290058110048";

	private static final Charset GBK = Charset.forName("GBK");

	/**
	 * ZM field lengths (file interface specification §6.1), written independently of
	 * ours.
	 */
	private static final int[] ZM_LENGTHS = { 3, 11, 11, 6, 10, 19, 12, 4, 2, 21, 2, 32, 2, 6, 10, 13, 13, 4, 15, 2, 2,
			6, 2, 4, 32, 1, 21, 15, 1, 15, 32, 13, 13, 8, 32, 13, 13, 12, 2, 1, 32, 98 };

	public enum Operation {

		QR_APPLY("/gateway/api/backTransReq.do", "txnType=01"), QUERY("/gateway/api/queryTrans.do", "txnType=00"),
		REFUND("/gateway/api/backTransReq.do", "txnType=04"), FILE("/gateway/api/fileTransReq.do", "txnType=76");

		final String path;

		final String marker;

		Operation(String path, String marker) {
			this.path = path;
			this.marker = marker;
		}

	}

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final TestKeys.Credentials unionpay = TestKeys.of("unionpay-platform");

	private final TestKeys.Credentials merchant = TestKeys.of("unionpay-merchant");

	private final TestKeys.Credentials stranger = TestKeys.of("stranger");

	/** Notifications only; call {@link #start()} for the HTTP sandbox. */
	public UnionPaySandbox() {
	}

	public UnionPaySandbox start() {
		this.server.start();
		return this;
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	/**
	 * The merchant's signing key and certificate (their serial in decimal is the certId).
	 */
	public TestKeys.Credentials merchantKeys() {
		return this.merchant;
	}

	/** UnionPay's own key and certificate (verifies answers and notifications). */
	public TestKeys.Credentials unionPayKeys() {
		return this.unionpay;
	}

	public UnionPayConfig config(Duration readTimeout) {
		String base = this.server.isRunning() ? this.server.baseUrl() : "http://127.0.0.1:9";
		return new UnionPayConfig(base, MER_ID, this.merchant.privateKey(), this.merchant.serialDecimal(),
				Map.of(this.unionpay.serialDecimal(), this.unionpay.certificate()),
				"https://shengshi.test/callbacks/unionpay", new HttpTimeouts(Duration.ofSeconds(1), readTimeout),
				Clock.systemUTC());
	}

	public void reset() {
		this.server.resetAll();
	}

	public UnionPaySandbox answers(Operation operation, Map<String, String> fields) {
		return stub(operation, aResponse().withStatus(200).withBody(FormCodec.encode(signedAnswer(fields))));
	}

	private Map<String, String> signedAnswer(Map<String, String> fields) {
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("version", "5.1.0");
		answer.put("encoding", "UTF-8");
		answer.put("signMethod", "01");
		answer.put("merId", MER_ID);
		answer.putAll(fields);
		return signed(answer, this.unionpay.privateKey());
	}

	public UnionPaySandbox acceptsQrApply() {
		return answers(Operation.QR_APPLY,
				Map.of("respCode", "00", "respMsg", "成功", "qrCode", "https://qr.95516.com/00010000/sandbox"));
	}

	public UnionPaySandbox reportsPaid(Fen amount) {
		return answers(Operation.QUERY, Map.of("respCode", "00", "origRespCode", "00", "txnAmt",
				Long.toString(amount.value()), "queryId", "762403011015301234567"));
	}

	public UnionPaySandbox timesOutOn(Operation operation) {
		return stub(operation, aResponse().withStatus(200).withBody("respCode=00").withFixedDelay(3000));
	}

	public UnionPaySandbox resetsConnectionOn(Operation operation) {
		return stub(operation, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	public UnionPaySandbox returnsMalformedBodyOn(Operation operation) {
		return answers(operation, Map.of("respMsg", "no respCode", "origRespCode", "00", "txnAmt", "12.34", "qrCode",
				"", "fileContent", "not-base64-deflate!"));
	}

	public UnionPaySandbox returns500On(Operation operation) {
		return stub(operation, aResponse().withStatus(500).withBody("Internal Server Error"));
	}

	/**
	 * One transaction of the ZM file (全渠道商户一般交易明细流水文件).
	 *
	 * @param txnType 01 consumption, 04 refund
	 * @param orderId our order number, or our refund number for a refund
	 * @param queryId UnionPay's 查询流水号 of this transaction
	 * @param amount 交易金额
	 * @param time 交易传输时间
	 * @param origQueryId for a refund: the consumption's 查询流水号
	 */
	public record ZmRow(String txnType, String orderId, String queryId, Fen amount, Instant time, String origQueryId) {

		public static ZmRow payment(String orderId, Fen amount, Instant time) {
			return new ZmRow("01", orderId, queryIdOf(orderId, "01"), amount, time, "");
		}

		public static ZmRow refund(String refundNo, String origQueryId, Fen amount, Instant time) {
			return new ZmRow("04", refundNo, queryIdOf(refundNo, "04"), amount, time, origQueryId);
		}

	}

	/** A 21-digit 查询流水号 derived from the order number (stable per order and type). */
	public static String queryIdOf(String orderId, String txnType) {
		return txnType + String.format("%019d", Math.abs((long) orderId.hashCode()) * 7919L);
	}

	/**
	 * {@code fileTransReq} answers with {@code fileContent} = Base64(deflate(ZIP))
	 * holding the ZM file of {@code rows} (and an empty ZME file), as UnionPay delivers
	 * them.
	 */
	public UnionPaySandbox statementFor(LocalDate settleDate, List<ZmRow> rows) {
		return answers(Operation.FILE,
				Map.of("respCode", "00", "fileName",
						MER_ID + "_20" + settleDate.format(DateTimeFormatter.ofPattern("yyMMdd")) + ".zip", "fileType",
						"00", "settleDate", settleDate.format(DateTimeFormatter.ofPattern("MMdd")), "fileContent",
						fileContent(settleDate, rows)));
	}

	/** Base64(deflate(ZIP)) with the ZM file of {@code rows} and an empty ZME file. */
	public static String fileContent(LocalDate settleDate, List<ZmRow> rows) {
		String day = settleDate.format(DateTimeFormatter.ofPattern("yyMMdd"));
		StringBuilder zm = new StringBuilder();
		rows.forEach((row) -> zm.append(zmLine(row)).append("\r\n"));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, GBK)) {
			out.putNextEntry(new ZipEntry("INN" + day + "88ZME_" + MER_ID));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("INN" + day + "88ZM_" + MER_ID));
			out.write(zm.toString().getBytes(GBK));
			out.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Base64.getEncoder().encodeToString(deflate(zip.toByteArray()));
	}

	/** One fixed-width GBK record: fields padded to their lengths, one space between. */
	static String zmLine(ZmRow row) {
		String[] f = new String[ZM_LENGTHS.length];
		java.util.Arrays.fill(f, "");
		f[0] = row.txnType().equals("01") ? "S22" : "S30";
		f[1] = "00000000000";
		f[2] = "00000000000";
		f[3] = "123456";
		f[4] = LocalDateTime.ofInstant(row.time(), ZoneId.of("Asia/Shanghai"))
			.format(DateTimeFormatter.ofPattern("MMddHHmmss"));
		f[5] = "6216***********0018";
		f[6] = String.format("%012d", row.amount().value());
		f[7] = "5999";
		f[8] = "07";
		f[9] = row.queryId();
		f[11] = row.orderId();
		f[19] = row.txnType();
		f[20] = row.txnType().equals("01") ? "07" : "00";
		f[21] = "000000";
		f[26] = row.origQueryId();
		f[27] = MER_ID;
		f[33] = "00000000";
		f[39] = "0";
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < f.length; i++) {
			int width = ZM_LENGTHS[i];
			String value = f[i];
			if (value.getBytes(GBK).length > width) {
				throw new IllegalArgumentException("field " + i + " longer than " + width);
			}
			line.append(value).append(" ".repeat(width - value.getBytes(GBK).length));
			if (i < f.length - 1) {
				line.append(' ');
			}
		}
		return line.toString();
	}

	private static byte[] deflate(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
			deflater.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The refund (04) is accepted; its outcome follows by notification or query. */
	public UnionPaySandbox acceptsRefunds() {
		return answers(Operation.REFUND,
				Map.of("respCode", "00", "respMsg", "成功[0000000]", "queryId", "762403021115301234567"));
	}

	/**
	 * The refund is booked at UnionPay, but its answer comes only after {@code delay}.
	 */
	public UnionPaySandbox booksRefundsButAnswersAfter(Duration delay) {
		return stub(Operation.REFUND, aResponse().withStatus(200)
			.withBody(FormCodec.encode(signedAnswer(Map.of("respCode", "00", "queryId", "762403021115301234567"))))
			.withFixedDelay((int) delay.toMillis()));
	}

	/** The refund request is refused with a final {@code respCode}. */
	public UnionPaySandbox refusesRefunds(String respCode) {
		return answers(Operation.REFUND, Map.of("respCode", respCode, "respMsg", "交易失败"));
	}

	/** A query of {@code orderId} (our order or refund number) answers this. */
	public UnionPaySandbox queryOf(String orderId, Map<String, String> fields) {
		Map<String, String> answer = new LinkedHashMap<>(fields);
		answer.put("orderId", orderId);
		this.server.stubFor(post(urlPathEqualTo(Operation.QUERY.path)).atPriority(1)
			.withRequestBody(containing(Operation.QUERY.marker))
			.withRequestBody(containing("orderId=" + orderId))
			.willReturn(aResponse().withStatus(200).withBody(FormCodec.encode(signedAnswer(answer)))));
		return this;
	}

	/** The refund query finds the 04 transaction with {@code origRespCode}. */
	public UnionPaySandbox reportsRefund(String outRefundNo, String origRespCode, Fen amount) {
		return queryOf(outRefundNo, Map.of("respCode", "00", "origRespCode", origRespCode, "txnAmt",
				Long.toString(amount.value()), "queryId", "762403021115301234567", "txnType", "04"));
	}

	/** The query answers 34: UnionPay has no such transaction. */
	public UnionPaySandbox knowsNothingOf(String orderId) {
		return queryOf(orderId, Map.of("respCode", "34", "respMsg", "查无此交易"));
	}

	public List<LoggedRequest> requests(Operation operation) {
		return this.server
			.findAll(postRequestedFor(urlPathEqualTo(operation.path)).withRequestBody(containing(operation.marker)));
	}

	/** A refund (退货) background notification as UnionPay posts it. */
	public Map<String, String> refundNotification(String outRefundNo, String outTradeNo, Fen amount, String respCode) {
		Map<String, String> f = notification(outRefundNo, "762403021115301234567", amount, respCode);
		f.put("origQryId", "762403011015301234567");
		f.put("reqReserved", outTradeNo);
		f.put("settleDate", "0302");
		f.put("traceNo", "654321");
		f.put("traceTime", "0302111530");
		f.put("txnSubType", "00");
		f.put("txnTime", "20240302111500");
		f.put("txnType", "04");
		return alphabetical(f);
	}

	/** A consumption notification as UnionPay posts it. */
	public Map<String, String> paidNotification(String orderId, Fen amount) {
		Map<String, String> f = notification(orderId, "762403011015301234567", amount, "00");
		f.put("settleDate", "0301");
		f.put("traceNo", "123456");
		f.put("traceTime", "0301101530");
		f.put("txnSubType", "01");
		f.put("txnTime", "20240301101500");
		f.put("txnType", "01");
		return alphabetical(f);
	}

	/** The fields every background notification of this merchant carries. */
	private static Map<String, String> notification(String orderId, String queryId, Fen amount, String respCode) {
		Map<String, String> f = new java.util.HashMap<>();
		f.put("accessType", "0");
		f.put("bizType", "000201");
		f.put("currencyCode", "156");
		f.put("encoding", "UTF-8");
		f.put("merId", MER_ID);
		f.put("orderId", orderId);
		f.put("queryId", queryId);
		f.put("respCode", respCode);
		f.put("respMsg", "成功[0000000]");
		f.put("settleAmt", Long.toString(amount.value()));
		f.put("settleCurrencyCode", "156");
		f.put("signMethod", "01");
		f.put("txnAmt", Long.toString(amount.value()));
		f.put("version", "5.1.0");
		return f;
	}

	private static Map<String, String> alphabetical(Map<String, String> fields) {
		return new LinkedHashMap<>(new java.util.TreeMap<>(fields));
	}

	public Map<String, String> signed(Map<String, String> fields) {
		return signed(fields, this.unionpay.privateKey());
	}

	public CallbackRequest request(Map<String, String> fields) {
		return CallbackRequest.of(Map.of("Content-Type", "application/x-www-form-urlencoded"),
				FormCodec.encode(fields));
	}

	public record Tampered(String name, CallbackRequest request, RejectReason expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	public List<Tampered> tamperedVariants(Map<String, String> unsigned) {
		Map<String, String> valid = signed(unsigned);
		List<Tampered> variants = new ArrayList<>();
		for (String key : valid.keySet()) {
			RejectReason altered = switch (key) {
				case "certId" -> RejectReason.UNKNOWN_CERTIFICATE;
				case "signMethod" -> RejectReason.UNSUPPORTED_ALGORITHM;
				default -> RejectReason.BAD_SIGNATURE;
			};
			RejectReason removed = switch (key) {
				case "certId", "signature" -> RejectReason.MISSING_SIGNATURE;
				case "signMethod" -> RejectReason.UNSUPPORTED_ALGORITHM;
				default -> RejectReason.BAD_SIGNATURE;
			};
			String value = key.equals("signature") ? WechatNotifications.flipBase64(valid.get(key), 5)
					: valid.get(key) + "1";
			variants.add(new Tampered(key + " altered", request(with(valid, key, value)), altered));
			variants.add(new Tampered(key + " removed", request(with(valid, key, null)), removed));
		}
		variants.add(new Tampered("signed by a stranger under UnionPay's certId",
				request(signed(unsigned, this.stranger.privateKey())), RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("signed by a stranger under its own certId",
				request(with(signed(unsigned, this.stranger.privateKey()), "certId", this.stranger.serialDecimal())),
				RejectReason.UNKNOWN_CERTIFICATE));
		return variants;
	}

	@Override
	public void close() {
		this.server.stop();
	}

	private Map<String, String> signed(Map<String, String> fields, PrivateKey key) {
		Map<String, String> signed = new LinkedHashMap<>(fields);
		signed.remove("signature");
		signed.put("certId", this.unionpay.serialDecimal());
		String canonical = FormCodec.canonical(signed, Set.of("signature"));
		try {
			String digest = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
			signed.put("signature", Sha256WithRsa.sign(key, digest.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return signed;
	}

	private UnionPaySandbox stub(Operation operation, ResponseDefinitionBuilder response) {
		this.server.stubFor(post(urlPathEqualTo(operation.path)).withRequestBody(containing(operation.marker))
			.willReturn(response));
		return this;
	}

	private static Map<String, String> with(Map<String, String> fields, String key, String value) {
		Map<String, String> copy = new LinkedHashMap<>(fields);
		if (value == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, value);
		}
		return copy;
	}

}

package org.shengshi.payment.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for the UnionPay gateway (signed form answers) and the producer of
 * signed background notifications and their tampered variants.
 */
public final class UnionPaySandbox implements AutoCloseable {

	public static final String MER_ID = "777290058110048";

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
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("version", "5.1.0");
		answer.put("encoding", "UTF-8");
		answer.put("signMethod", "01");
		answer.put("merId", MER_ID);
		answer.putAll(fields);
		return stub(operation,
				aResponse().withStatus(200).withBody(FormCodec.encode(signed(answer, this.unionpay.privateKey()))));
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

	public UnionPaySandbox statementWith(List<String> flowLines) {
		StringBuilder text = new StringBuilder();
		flowLines.forEach((line) -> text.append(line).append('\n'));
		text.append("TOTAL|").append(flowLines.size()).append('\n');
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
			out.write(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return answers(Operation.FILE, Map.of("respCode", "00", "fileName", "INN24030188ZM_" + MER_ID, "fileContent",
				Base64.getEncoder().encodeToString(bytes.toByteArray())));
	}

	/** A consumption notification as UnionPay posts it. */
	public Map<String, String> paidNotification(String orderId, Fen amount) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("accessType", "0");
		f.put("bizType", "000201");
		f.put("currencyCode", "156");
		f.put("encoding", "UTF-8");
		f.put("merId", MER_ID);
		f.put("orderId", orderId);
		f.put("queryId", "762403011015301234567");
		f.put("respCode", "00");
		f.put("respMsg", "成功[0000000]");
		f.put("settleAmt", Long.toString(amount.value()));
		f.put("settleCurrencyCode", "156");
		f.put("settleDate", "0301");
		f.put("signMethod", "01");
		f.put("traceNo", "123456");
		f.put("traceTime", "0301101530");
		f.put("txnAmt", Long.toString(amount.value()));
		f.put("txnSubType", "01");
		f.put("txnTime", "20240301101500");
		f.put("txnType", "01");
		f.put("version", "5.1.0");
		return f;
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

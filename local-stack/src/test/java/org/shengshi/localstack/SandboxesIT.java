package org.shengshi.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandboxes behave like the systems they stand for, from the mapping files the local
 * stack ships.
 */
class SandboxesIT {

	private static Sandboxes sandboxes;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		sandboxes = Sandboxes.start((sandbox) -> 0, Path.of("target/sandboxes-it/sandboxes.log").toAbsolutePath());
	}

	@AfterAll
	static void stop() {
		sandboxes.close();
	}

	@Test
	void smsAcceptsAMainlandMobileNumberAndRejectsAnythingElse() throws Exception {
		HttpResponse<String> accepted = postJson(Sandbox.SMS, "/v1/sms/send",
				"{\"phone\":\"13812345678\",\"templateCode\":\"SMS_LOGIN\",\"params\":{\"code\":\"123456\"}}");
		HttpResponse<String> rejected = postJson(Sandbox.SMS, "/v1/sms/send",
				"{\"phone\":\"12345\",\"templateCode\":\"SMS_LOGIN\"}");

		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"code\":\"OK\"").containsPattern("\"messageId\":\"\\d{20}\"");
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(rejected.body()).contains("MOBILE_NUMBER_ILLEGAL");
	}

	@Test
	void populationRegistryMatchesMismatchesOrDoesNotFindByIdNumber() throws Exception {
		assertThat(verify("440106199001010013").body()).contains("\"result\":\"MATCH\"");
		assertThat(verify("440106198506150025").body()).contains("\"result\":\"MISMATCH\"");
		assertThat(verify("440106197003030035").body()).contains("\"result\":\"NOT_FOUND\"");
		assertThat(postJson(Sandbox.REGISTRY, "/v1/identity/verify", "{\"idNumber\":\"4401\"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void faceVerificationPassesExceptForTheAlwaysFailingIdNumber() throws Exception {
		String pass = postJson(Sandbox.FACE, "/v1/face/compare",
				"{\"idNumber\":\"440106199001010013\",\"livenessToken\":\"t1\"}")
			.body();
		String fail = postJson(Sandbox.FACE, "/v1/face/compare",
				"{\"idNumber\":\"440106194008080046\",\"livenessToken\":\"t2\"}")
			.body();

		assertThat(pass).contains("\"result\":\"PASS\"");
		assertThat(fail).contains("\"result\":\"FAIL\"");
	}

	@Test
	void weChatPayGivesAPrepayIdOnlyToASignedRequest() throws Exception {
		String order = "{\"out_trade_no\":\"P-1\",\"amount\":{\"total\":2000},\"notify_url\":\"http://127.0.0.1/cb\"}";
		HttpResponse<String> signed = send(Sandbox.WECHAT_PAY, "/v3/pay/transactions/jsapi", "application/json", order,
				"WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",signature=\"c2lnbg==\"");
		HttpResponse<String> unsigned = postJson(Sandbox.WECHAT_PAY, "/v3/pay/transactions/jsapi", order);

		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).containsPattern("\"prepay_id\":\"wx\\d{14}\\w{18}\"");
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.body()).contains("SIGN_ERROR");
	}

	@Test
	void alipayPrecreateEchoesTheOrderAndGivesAQrCode() throws Exception {
		String form = "biz_content="
				+ URLEncoder.encode("{\"out_trade_no\":\"P-77\",\"total_amount\":\"20.00\"}", StandardCharsets.UTF_8);
		HttpResponse<String> response = send(Sandbox.ALIPAY,
				"/gateway.do?method=alipay.trade.precreate&sign_type=RSA2&sign=abc&app_id=2021000000000001",
				"application/x-www-form-urlencoded", form, null);
		HttpResponse<String> unsigned = send(Sandbox.ALIPAY, "/gateway.do?method=alipay.trade.precreate",
				"application/x-www-form-urlencoded", form, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"code\":\"10000\"")
			.contains("\"out_trade_no\":\"P-77\"")
			.contains("https://qr.alipay.com/");
		assertThat(unsigned.body()).contains("isv.missing-signature");
	}

	@Test
	void unionPayConsumeGivesATransactionNumberOnlyWithASignature() throws Exception {
		HttpResponse<String> signed = send(Sandbox.UNIONPAY, "/gateway/api/appTransReq.do",
				"application/x-www-form-urlencoded", "version=5.1.0&txnType=01&orderId=P-9&signature=abc", null);
		HttpResponse<String> unsigned = send(Sandbox.UNIONPAY, "/gateway/api/appTransReq.do",
				"application/x-www-form-urlencoded", "version=5.1.0&txnType=01&orderId=P-9", null);

		assertThat(signed.body()).contains("respCode=00").containsPattern("tn=\\d{21}");
		assertThat(unsigned.body()).contains("respCode=11");
	}

	private HttpResponse<String> verify(String idNumber) throws IOException, InterruptedException {
		return postJson(Sandbox.REGISTRY, "/v1/identity/verify", "{\"idNumber\":\"" + idNumber + "\",\"name\":\"张三\"}");
	}

	private HttpResponse<String> postJson(Sandbox sandbox, String path, String json)
			throws IOException, InterruptedException {
		return send(sandbox, path, "application/json", json, null);
	}

	private HttpResponse<String> send(Sandbox sandbox, String path, String contentType, String body,
			String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + sandboxes.port(sandbox) + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}

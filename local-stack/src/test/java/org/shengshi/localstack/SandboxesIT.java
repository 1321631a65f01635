package org.shengshi.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.common.Json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandboxes behave like the systems they stand for, from the mapping files the local
 * stack ships.
 */
class SandboxesIT {

	private static final String WECHAT_AUTHORIZATION = "WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\",signature=\"c2lnbg==\"";

	private static Sandboxes sandboxes;

	private static WechatPayDevKeys wechatKeys;

	private static Path logFile;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws IOException {
		Path dir = Path.of("target/sandboxes-it").toAbsolutePath();
		wechatKeys = WechatPayDevKeys.loadOrCreate(dir);
		logFile = dir.resolve("sandboxes.log");
		Files.deleteIfExists(logFile);
		sandboxes = Sandboxes.start((sandbox) -> 0, logFile, wechatKeys);
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
	void theLogHasEachRequestsLineButNotThePersonalDataItCarried() throws Exception {
		String idNumber = "440106199001010013";
		verify(idNumber);
		postJson(Sandbox.SMS, "/v1/sms/send",
				"{\"phone\":\"13812345678\",\"templateCode\":\"SMS_LOGIN\",\"params\":{\"code\":\"864213\"}}");

		String log = "";
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!log.contains("POST /v1/sms/send") && System.nanoTime() < deadline) {
			Thread.sleep(20);
			log = Files.exists(logFile) ? Files.readString(logFile) : "";
		}

		assertThat(log).contains("Request received: 127.0.0.1 - POST /v1/identity/verify")
			.contains("Request received: 127.0.0.1 - POST /v1/sms/send")
			.doesNotContain(idNumber, "13812345678", "864213", "张三");
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
				WECHAT_AUTHORIZATION);
		HttpResponse<String> unsigned = postJson(Sandbox.WECHAT_PAY, "/v3/pay/transactions/jsapi", order);

		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat((String) json(signed.body()).get("prepay_id")).matches("wx\\d{14}\\w{18}");
		assertThat(isSignedByThePlatform(signed)).isTrue();
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.body()).contains("SIGN_ERROR");
	}

	@Test
	void weChatPayKeepsEachTradeAnswersItsStateSignedAndNotifiesThePayment() throws Exception {
		String outTradeNo = "P" + System.nanoTime();
		String order = "{\"out_trade_no\":\"" + outTradeNo
				+ "\",\"amount\":{\"total\":2000},\"notify_url\":\"http://127.0.0.1/cb\"}";
		String codeUrl = send(Sandbox.WECHAT_PAY, "/v3/pay/transactions/native", "application/json", order,
				WECHAT_AUTHORIZATION)
			.body();
		String again = send(Sandbox.WECHAT_PAY, "/v3/pay/transactions/native", "application/json", order,
				WECHAT_AUTHORIZATION)
			.body();
		HttpResponse<String> unpaid = query(outTradeNo);

		WechatPayDesk.Notification notification = sandboxes.wechatPay().payWith((String) json(codeUrl).get("code_url"));
		HttpResponse<String> paid = query(outTradeNo);
		HttpResponse<String> closePaid = send(Sandbox.WECHAT_PAY,
				"/v3/pay/transactions/out-trade-no/" + outTradeNo + "/close", "application/json",
				"{\"mchid\":\"1900000109\"}", WECHAT_AUTHORIZATION);

		assertThat((String) json(codeUrl).get("code_url")).startsWith("weixin://wxpay/bizpayurl?pr=");
		assertThat(codeUrl).isEqualTo(again);
		assertThat(json(unpaid.body())).containsEntry("trade_state", "NOTPAY")
			.containsEntry("amount",
					Map.of("total", 2000, "payer_total", 2000, "currency", "CNY", "payer_currency", "CNY"));
		assertThat(isSignedByThePlatform(unpaid)).isTrue();
		assertThat(json(paid.body())).containsEntry("trade_state", "SUCCESS").containsKey("success_time");
		assertThat((String) json(paid.body()).get("transaction_id")).matches("4200\\d{24}");
		assertThat(closePaid.statusCode()).isEqualTo(400);
		assertThat(closePaid.body()).contains("ORDERPAID");
		assertThat(query("P-never-booked").statusCode()).isEqualTo(404);
		assertThat(verifies(notification.headers().get("Wechatpay-Timestamp"),
				notification.headers().get("Wechatpay-Nonce"), notification.body(),
				notification.headers().get("Wechatpay-Signature")))
			.isTrue();
		assertThat(json(decryptedResource(notification.body()))).containsEntry("out_trade_no", outTradeNo)
			.containsEntry("trade_state", "SUCCESS")
			.containsEntry("mchid", "1900000109")
			.containsEntry("appid", WechatPayDevKeys.APP_ID);
	}

	@Test
	void weChatPayFaultsSlowOrResetUntilCleared() throws Exception {
		sandboxes.resetConnections(Sandbox.WECHAT_PAY);
		assertThatThrownBy(() -> query("P-reset")).isInstanceOf(IOException.class);
		sandboxes.clearFaults(Sandbox.WECHAT_PAY);
		sandboxes.answerAfter(Sandbox.WECHAT_PAY, Duration.ofMillis(1500));
		long start = System.nanoTime();
		int slowStatus = query("P-slow").statusCode();
		long slowMillis = (System.nanoTime() - start) / 1_000_000;
		sandboxes.clearFaults(Sandbox.WECHAT_PAY);

		assertThat(slowStatus).isEqualTo(404);
		assertThat(slowMillis).isGreaterThanOrEqualTo(1500);
		assertThat(query("P-cleared").statusCode()).isEqualTo(404);
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

	private HttpResponse<String> query(String outTradeNo) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + sandboxes.port(Sandbox.WECHAT_PAY)
					+ "/v3/pay/transactions/out-trade-no/" + outTradeNo + "?mchid=1900000109"))
			.header("Authorization", WECHAT_AUTHORIZATION)
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String body) {
		return Json.read(body, Map.class);
	}

	private static boolean isSignedByThePlatform(HttpResponse<String> answer) throws Exception {
		assertThat(answer.headers().firstValue("Wechatpay-Serial")).hasValue(wechatKeys.platformSerial());
		return verifies(answer.headers().firstValue("Wechatpay-Timestamp").orElseThrow(),
				answer.headers().firstValue("Wechatpay-Nonce").orElseThrow(), answer.body(),
				answer.headers().firstValue("Wechatpay-Signature").orElseThrow());
	}

	private static boolean verifies(String timestamp, String nonce, String body, String signature) throws Exception {
		Signature verifier = Signature.getInstance("SHA256withRSA");
		verifier.initVerify(wechatKeys.platformCertificate().getPublicKey());
		verifier.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
		return verifier.verify(Base64.getDecoder().decode(signature));
	}

	private static String decryptedResource(String notification) throws Exception {
		Map<?, ?> resource = (Map<?, ?>) json(notification).get("resource");
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE,
				new SecretKeySpec(wechatKeys.apiV3Key().getBytes(StandardCharsets.UTF_8), "AES"),
				new GCMParameterSpec(128, ((String) resource.get("nonce")).getBytes(StandardCharsets.UTF_8)));
		cipher.updateAAD(((String) resource.get("associated_data")).getBytes(StandardCharsets.UTF_8));
		return new String(cipher.doFinal(Base64.getDecoder().decode((String) resource.get("ciphertext"))),
				StandardCharsets.UTF_8);
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

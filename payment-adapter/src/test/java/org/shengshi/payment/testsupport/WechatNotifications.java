package org.shengshi.payment.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.support.HttpTimeouts;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.Sha256WithRsa;
import org.shengshi.payment.channel.wechat.WechatPayConfig;
import org.shengshi.payment.money.Fen;

/**
 * Produces WeChat Pay v3 notifications exactly as WeChat sends them (resource encrypted
 * with AEAD_AES_256_GCM under the APIv3 key, headers signed by the platform key over
 * {@code timestamp\nnonce\nbody\n}), and every tampered variant of one.
 */
public final class WechatNotifications {

	public static final String MCH_ID = "1900000109";

	public static final String APP_ID = "wxd678efh567hg6787";

	public static final String API_V3_KEY = "ShengshiTestApiV3Key0123456789AB";

	private final TestKeys.Credentials platform = TestKeys.of("wechat-platform");

	private final TestKeys.Credentials stranger = TestKeys.of("stranger");

	/** The parts of a notification, so variants can be rebuilt from them. */
	public record Parts(Map<String, Object> envelope, Map<String, Object> resource, String plaintext, String timestamp,
			String nonce) {

	}

	/**
	 * A configuration trusting the sandbox platform certificate, with its clock fixed at
	 * {@code now}.
	 */
	public WechatPayConfig config(Instant now) {
		TestKeys.Credentials merchant = TestKeys.of("wechat-merchant");
		return new WechatPayConfig("http://127.0.0.1:9", MCH_ID, APP_ID, merchant.serialHex(), merchant.privateKey(),
				WechatPayConfig.apiV3Key(API_V3_KEY), Map.of(this.platform.serialHex(), this.platform.certificate()),
				"https://shengshi.test/callbacks/wechat", HttpTimeouts.defaults(), Clock.fixed(now, ZoneOffset.UTC),
				Duration.ofMinutes(5));
	}

	public Parts paidParts(String outTradeNo, Fen amount, Instant now) {
		Map<String, Object> transaction = new LinkedHashMap<>();
		transaction.put("appid", APP_ID);
		transaction.put("mchid", MCH_ID);
		transaction.put("out_trade_no", outTradeNo);
		transaction.put("transaction_id", "4200000" + Math.abs(outTradeNo.hashCode()));
		transaction.put("trade_type", "NATIVE");
		transaction.put("trade_state", "SUCCESS");
		transaction.put("trade_state_desc", "支付成功");
		transaction.put("bank_type", "OTHERS");
		transaction.put("success_time", "2024-03-01T10:15:30+08:00");
		transaction.put("payer", Map.of("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
		transaction.put("amount", Map.of("total", amount.value(), "payer_total", amount.value(), "currency", "CNY",
				"payer_currency", "CNY"));
		return parts("TRANSACTION.SUCCESS", "transaction", "支付成功", Json.write(transaction), now);
	}

	public Parts refundParts(String outTradeNo, String outRefundNo, Fen refund, Fen total, Instant now) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("mchid", MCH_ID);
		content.put("out_trade_no", outTradeNo);
		content.put("transaction_id", "4200000" + Math.abs(outTradeNo.hashCode()));
		content.put("out_refund_no", outRefundNo);
		content.put("refund_id", "50000" + Math.abs(outRefundNo.hashCode()));
		content.put("refund_status", "SUCCESS");
		content.put("success_time", "2024-03-02T10:15:30+08:00");
		content.put("user_received_account", "招商银行信用卡0403");
		content.put("amount", Map.of("total", total.value(), "refund", refund.value(), "payer_total", total.value(),
				"payer_refund", refund.value()));
		return parts("REFUND.SUCCESS", "refund", "退款成功", Json.write(content), now);
	}

	private Parts parts(String eventType, String originalType, String summary, String plaintext, Instant now) {
		String associatedData = originalType;
		String gcmNonce = "fdasflkja484";
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("original_type", originalType);
		resource.put("algorithm", "AEAD_AES_256_GCM");
		resource.put("ciphertext", encrypt(API_V3_KEY, associatedData, gcmNonce, plaintext));
		resource.put("associated_data", associatedData);
		resource.put("nonce", gcmNonce);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", "EV-2018022511223320873");
		envelope.put("create_time", "2024-03-01T10:15:31+08:00");
		envelope.put("resource_type", "encrypt-resource");
		envelope.put("event_type", eventType);
		envelope.put("summary", summary);
		envelope.put("resource", resource);
		return new Parts(envelope, resource, plaintext, Long.toString(now.getEpochSecond()),
				"5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
	}

	/** The notification as WeChat would send it. */
	public CallbackRequest signed(Parts parts) {
		return request(Json.write(parts.envelope()), parts.timestamp(), parts.nonce(), this.platform.serialHex(),
				this.platform.privateKey());
	}

	public CallbackRequest request(String body, String timestamp, String nonce, String serial, PrivateKey key) {
		String signature = Sha256WithRsa.sign(key,
				(timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Wechatpay-Serial", serial);
		headers.put("Wechatpay-Signature", signature);
		headers.put("Wechatpay-Timestamp", timestamp);
		headers.put("Wechatpay-Nonce", nonce);
		headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
		headers.put("Content-Type", "application/json");
		return CallbackRequest.of(headers, body);
	}

	/** A tampered notification and the reason it must be refused for. */
	public record Tampered(String name, CallbackRequest request, RejectReason expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Every header, every body field, the signature, serial, timestamp, ciphertext and
	 * tag.
	 */
	public List<Tampered> tamperedVariants(Parts parts) {
		CallbackRequest valid = signed(parts);
		String body = valid.bodyAsUtf8();
		List<Tampered> variants = new ArrayList<>();
		for (String header : List.of("Wechatpay-Serial", "Wechatpay-Signature", "Wechatpay-Timestamp",
				"Wechatpay-Nonce")) {
			variants.add(
					new Tampered(header + " removed", withHeader(valid, header, null), RejectReason.MISSING_SIGNATURE));
		}
		variants.add(new Tampered("signature altered",
				withHeader(valid, "Wechatpay-Signature", flipBase64(valid.header("Wechatpay-Signature"), 10)),
				RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("nonce altered", withHeader(valid, "Wechatpay-Nonce", parts.nonce() + "X"),
				RejectReason.BAD_SIGNATURE));
		long ts = Long.parseLong(parts.timestamp());
		variants.add(new Tampered("timestamp moved by 1 s",
				withHeader(valid, "Wechatpay-Timestamp", Long.toString(ts - 1)), RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("timestamp not a number", withHeader(valid, "Wechatpay-Timestamp", "16xx"),
				RejectReason.STALE_TIMESTAMP));
		variants.add(new Tampered("serial unknown",
				withHeader(valid, "Wechatpay-Serial", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"),
				RejectReason.UNKNOWN_CERTIFICATE));
		variants.add(new Tampered("signature type altered",
				withHeader(valid, "Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA1024"),
				RejectReason.UNSUPPORTED_ALGORITHM));
		variants.add(new Tampered("stale timestamp, correctly signed", request(body, Long.toString(ts - 301),
				parts.nonce(), this.platform.serialHex(), this.platform.privateKey()), RejectReason.STALE_TIMESTAMP));
		variants.add(new Tampered("future timestamp, correctly signed", request(body, Long.toString(ts + 301),
				parts.nonce(), this.platform.serialHex(), this.platform.privateKey()), RejectReason.STALE_TIMESTAMP));
		variants.add(new Tampered("signed by a stranger under the platform serial",
				request(body, parts.timestamp(), parts.nonce(), this.platform.serialHex(), this.stranger.privateKey()),
				RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("body re-serialised with spaces", withBody(valid, body.replace(",", ", ")),
				RejectReason.BAD_SIGNATURE));
		for (String field : parts.envelope().keySet()) {
			if (!field.equals("resource")) {
				variants.add(new Tampered("body field " + field + " altered",
						withBody(valid, Json.write(replaced(parts.envelope(), field, "tampered"))),
						RejectReason.BAD_SIGNATURE));
			}
		}
		for (String field : parts.resource().keySet()) {
			Map<String, Object> resource = replaced(parts.resource(), field,
					field.equals("ciphertext") ? flipBase64((String) parts.resource().get(field), 3) : "tampered");
			variants.add(new Tampered("resource." + field + " altered",
					withBody(valid, Json.write(replaced(parts.envelope(), "resource", resource))),
					RejectReason.BAD_SIGNATURE));
		}
		variants.addAll(resignedResourceVariants(parts));
		return variants;
	}

	/**
	 * Tampering an attacker cannot sign: AES-GCM alone must catch these even with a valid
	 * signature.
	 */
	private List<Tampered> resignedResourceVariants(Parts parts) {
		String ciphertext = (String) parts.resource().get("ciphertext");
		byte[] raw = Base64.getDecoder().decode(ciphertext);
		List<Tampered> variants = new ArrayList<>();
		variants.add(resigned(parts, "ciphertext byte flipped", "ciphertext",
				Base64.getEncoder().encodeToString(flip(raw, 0))));
		variants.add(resigned(parts, "tag byte flipped", "ciphertext",
				Base64.getEncoder().encodeToString(flip(raw, raw.length - 1))));
		variants.add(resigned(parts, "tag cut off", "ciphertext",
				Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, raw.length - 16))));
		variants.add(resigned(parts, "associated_data changed", "associated_data", "refund"));
		variants.add(resigned(parts, "nonce changed", "nonce", "fdasflkja485"));
		variants.add(resigned(parts, "encrypted under another APIv3 key", "ciphertext",
				encrypt("AnotherApiV3Key0123456789ABCDEFG", (String) parts.resource().get("associated_data"),
						(String) parts.resource().get("nonce"), parts.plaintext())));
		return variants;
	}

	private Tampered resigned(Parts parts, String name, String field, Object value) {
		Map<String, Object> envelope = replaced(parts.envelope(), "resource", replaced(parts.resource(), field, value));
		return new Tampered(name + " (re-signed)", request(Json.write(envelope), parts.timestamp(), parts.nonce(),
				this.platform.serialHex(), this.platform.privateKey()), RejectReason.DECRYPTION_FAILED);
	}

	static String encrypt(String key, String associatedData, String nonce, String plaintext) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "AES"),
					new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> replaced(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.put(key, value);
		return copy;
	}

	static CallbackRequest withHeader(CallbackRequest request, String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(request.headers());
		headers.remove(name);
		if (value != null) {
			headers.put(name, value);
		}
		return new CallbackRequest(headers, request.rawBody());
	}

	static CallbackRequest withBody(CallbackRequest request, String body) {
		return CallbackRequest.of(request.headers(), body);
	}

	static String flipBase64(String base64, int index) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		return Base64.getEncoder().encodeToString(flip(bytes, index));
	}

	private static byte[] flip(byte[] bytes, int index) {
		byte[] copy = bytes.clone();
		copy[index] ^= 0x01;
		return copy;
	}

}

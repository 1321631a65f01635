package org.shengshi.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays payment-adapter's sandbox channel (an outside system): the payer pays, and the
 * channel calls back through the gateway with its signed notification — JSON body,
 * {@code Sandbox-Timestamp} and {@code Sandbox-Signature} = Base64 HMAC-SHA256 over
 * {@code timestamp\nbody} with the stack's sandbox secret.
 */
final class SandboxPayer {

	private final Platform platform;

	private final byte[] secret;

	SandboxPayer(Platform platform) {
		this.platform = platform;
		this.secret = platform.stack().paymentSandboxCallbackSecret().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The channel's "paid" notification for an order whose pre-order answered
	 * {@code sandbox://pay/<out_trade_no>}; send it as often as the test needs (a real
	 * channel repeats it until acknowledged).
	 */
	String paidNotification(String prepayValue, long amountFen) {
		String outTradeNo = prepayValue.substring(prepayValue.lastIndexOf('/') + 1);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", "SBXN-E2E-" + outTradeNo + "-PAID");
		body.put("type", "PAYMENT");
		body.put("out_trade_no", outTradeNo);
		body.put("trade_no", "SBXE2E" + outTradeNo.substring(0, Math.min(20, outTradeNo.length())));
		body.put("state", "PAID");
		body.put("amount", amountFen);
		body.put("merchant", "SANDBOX-MERCHANT");
		body.put("app", "sandbox-app");
		body.put("paid_at", Instant.now().toString());
		return Residents.json(body);
	}

	HttpResult callBack(String notification) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return this.platform.gatewaySend("POST", "/api/v1/payments/callbacks/sandbox", null, notification,
				"Sandbox-Timestamp", timestamp, "Sandbox-Signature", sign(timestamp, notification));
	}

	private String sign(String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return Base64.getEncoder()
				.encodeToString(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.shengshi.payment.channel.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.shengshi.payment.channel.CallbackNotice;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;
import tools.jackson.databind.JsonNode;

/**
 * Sandbox callbacks: a JSON body, {@code Sandbox-Timestamp} (epoch seconds, within 5
 * minutes) and {@code Sandbox-Signature}: Base64 HMAC-SHA256 over {@code timestamp\nbody}
 * with the sandbox secret.
 */
final class SandboxCallbacks {

	static final String TIMESTAMP = "Sandbox-Timestamp";

	static final String SIGNATURE = "Sandbox-Signature";

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final byte[] secret;

	private final Clock clock;

	SandboxCallbacks(byte[] secret, Clock clock) {
		this.secret = secret.clone();
		this.clock = clock;
	}

	CallbackRequest signed(Map<String, Object> body) {
		String json = Json.write(body);
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		return CallbackRequest.of(Map.of(TIMESTAMP, timestamp, SIGNATURE,
				mac(timestamp, json.getBytes(StandardCharsets.UTF_8)), "Content-Type", "application/json"), json);
	}

	CallbackVerification verify(CallbackRequest request) {
		String timestamp = request.header(TIMESTAMP);
		String signature = request.header(SIGNATURE);
		if (timestamp == null || signature == null) {
			return CallbackVerification.rejected(RejectReason.MISSING_SIGNATURE, "no sandbox signature");
		}
		if (!timestamp.matches("[0-9]{1,12}")
				|| Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), this.clock.instant())
					.abs()
					.compareTo(TOLERANCE) > 0) {
			return CallbackVerification.rejected(RejectReason.STALE_TIMESTAMP, "sandbox timestamp");
		}
		if (!MessageDigest.isEqual(mac(timestamp, request.rawBody()).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			return CallbackVerification.rejected(RejectReason.BAD_SIGNATURE, "sandbox signature");
		}
		try {
			return CallbackVerification.accepted(read(Json.parse(request.rawBody())));
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, ex.getMessage());
		}
	}

	private static CallbackNotice read(JsonNode json) {
		Fen amount = Fen.of(Json.nonNegativeLong(json, "amount"));
		if ("REFUND".equals(Json.text(json, "type"))) {
			return new RefundNotice(ChannelId.SANDBOX, Json.text(json, "id"), Json.text(json, "out_trade_no"),
					Json.text(json, "out_refund_no"), Json.text(json, "refund_no"), RefundState.SUCCEEDED, amount, null,
					Json.text(json, "merchant"), Json.text(json, "app"));
		}
		String paidAt = Json.optionalText(json, "paid_at");
		return new PaymentNotice(ChannelId.SANDBOX, Json.text(json, "id"), Json.text(json, "out_trade_no"),
				Json.text(json, "trade_no"), TradeState.valueOf(Json.text(json, "state")), amount,
				Json.text(json, "merchant"), Json.text(json, "app"), paidAt == null ? null : Instant.parse(paidAt));
	}

	private String mac(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] head = (timestamp + "\n").getBytes(StandardCharsets.UTF_8);
			mac.update(ByteBuffer.allocate(head.length + body.length).put(head).put(body).array());
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

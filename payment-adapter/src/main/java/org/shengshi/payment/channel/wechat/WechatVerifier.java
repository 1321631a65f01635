package org.shengshi.payment.channel.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.support.Sha256WithRsa;

/**
 * Verifies a WeChat Pay signature (answers and callbacks alike): the certificate is
 * chosen by {@code Wechatpay-Serial} (an unknown serial is refused), the timestamp must
 * be within the tolerance of now, and SHA256withRSA must verify over
 * {@code timestamp\nnonce\nbody\n} built from the raw body bytes.
 */
final class WechatVerifier {

	static final String SERIAL = "Wechatpay-Serial";

	static final String SIGNATURE = "Wechatpay-Signature";

	static final String TIMESTAMP = "Wechatpay-Timestamp";

	static final String NONCE = "Wechatpay-Nonce";

	private final WechatPayConfig config;

	WechatVerifier(WechatPayConfig config) {
		this.config = config;
	}

	/** Empty when the signature holds, else why not. */
	Optional<RejectReason> check(String serial, String timestamp, String nonce, String signature, byte[] rawBody) {
		if (isBlank(serial) || isBlank(timestamp) || isBlank(nonce) || isBlank(signature)) {
			return Optional.of(RejectReason.MISSING_SIGNATURE);
		}
		X509Certificate certificate = this.config.platformCertificates().get(serial.trim());
		if (certificate == null) {
			return Optional.of(RejectReason.UNKNOWN_CERTIFICATE);
		}
		if (!isFresh(timestamp)) {
			return Optional.of(RejectReason.STALE_TIMESTAMP);
		}
		if (!Sha256WithRsa.verify(certificate.getPublicKey(), message(timestamp, nonce, rawBody), signature)) {
			return Optional.of(RejectReason.BAD_SIGNATURE);
		}
		return Optional.empty();
	}

	private boolean isFresh(String timestamp) {
		if (!timestamp.matches("[0-9]{1,12}")) {
			return false;
		}
		Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
		Duration skew = Duration.between(signedAt, this.config.clock().instant()).abs();
		return skew.compareTo(this.config.timestampTolerance()) <= 0;
	}

	private static byte[] message(String timestamp, String nonce, byte[] rawBody) {
		byte[] head = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(head.length + rawBody.length + 1).put(head).put(rawBody).put((byte) '\n').array();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

package org.shengshi.payment.channel.unionpay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.Sha256WithRsa;

/**
 * The UnionPay signature as we use it ({@code signMethod=01}, version 5.1.0 digest): sort
 * the non-empty fields but {@code signature} into {@code k=v&k=v}, take the lower-case
 * hex SHA-256 of its UTF-8 bytes, sign that hex string with SHA256withRSA, Base64. The
 * verification certificate is chosen by {@code certId} among the configured ones (5.1.0
 * also ships {@code signPubKeyCert} in the message; pinning by {@code certId} accepts
 * only certificates we configured, which is stricter).
 */
final class UnionPaySignature {

	static final String SIGNATURE = "signature";

	static final String CERT_ID = "certId";

	static final String SIGN_METHOD = "signMethod";

	static final String RSA = "01";

	private UnionPaySignature() {
	}

	static String sign(PrivateKey key, Map<String, String> fields) {
		return Sha256WithRsa.sign(key, digest(fields));
	}

	/** Empty when the fields are signed by a configured certificate, else why not. */
	static Optional<RejectReason> check(Map<String, X509Certificate> certificates, Map<String, String> fields) {
		String signature = fields.get(SIGNATURE);
		String certId = fields.get(CERT_ID);
		if (signature == null || signature.isEmpty() || certId == null || certId.isEmpty()) {
			return Optional.of(RejectReason.MISSING_SIGNATURE);
		}
		if (!RSA.equals(fields.get(SIGN_METHOD))) {
			return Optional.of(RejectReason.UNSUPPORTED_ALGORITHM);
		}
		X509Certificate certificate = certificates.get(certId);
		if (certificate == null) {
			return Optional.of(RejectReason.UNKNOWN_CERTIFICATE);
		}
		if (!Sha256WithRsa.verify(certificate.getPublicKey(), digest(fields), signature)) {
			return Optional.of(RejectReason.BAD_SIGNATURE);
		}
		return Optional.empty();
	}

	private static byte[] digest(Map<String, String> fields) {
		String canonical = FormCodec.canonical(fields, Set.of(SIGNATURE));
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha).getBytes(StandardCharsets.US_ASCII);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.shengshi.payment.channel.support;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * SHA256withRSA (RSASSA-PKCS1-v1_5 with SHA-256), the signature of WeChat Pay v3, Alipay
 * RSA2 and UnionPay 5.1.0; signatures travel as standard Base64.
 */
public final class Sha256WithRsa {

	private static final String ALGORITHM = "SHA256withRSA";

	private Sha256WithRsa() {
	}

	public static String sign(PrivateKey key, byte[] message) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(key);
			signature.update(message);
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with the configured key", ex);
		}
	}

	/**
	 * {@code false} for a wrong, malformed or non-Base64 signature; never throws for bad
	 * input.
	 */
	public static boolean verify(PublicKey key, byte[] message, String base64Signature) {
		if (base64Signature == null || base64Signature.isEmpty()) {
			return false;
		}
		try {
			byte[] signatureBytes = Base64.getDecoder().decode(base64Signature);
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(message);
			return signature.verify(signatureBytes);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

}

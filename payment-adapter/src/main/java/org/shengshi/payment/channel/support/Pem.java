package org.shengshi.payment.channel.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads keys and certificates as channels hand them out: PKCS#8 private keys, X.509
 * certificates, and public keys either PEM-armoured or as the bare Base64 Alipay shows in
 * its console.
 */
public final class Pem {

	private Pem() {
	}

	public static PrivateKey rsaPrivateKey(String pem) {
		try {
			return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not a PKCS#8 RSA private key", ex);
		}
	}

	public static PublicKey rsaPublicKey(String pemOrBase64) {
		try {
			return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pemOrBase64)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not an X.509 RSA public key", ex);
		}
	}

	public static X509Certificate certificate(String pem) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not an X.509 certificate", ex);
		}
	}

	/** The certificate serial as WeChat Pay writes it: upper-case hex. */
	public static String hexSerial(X509Certificate certificate) {
		return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
	}

	private static byte[] der(String text) {
		String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(base64);
	}

}

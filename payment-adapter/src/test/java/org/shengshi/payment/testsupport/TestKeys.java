package org.shengshi.payment.testsupport;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * RSA 2048 keys and self-signed X.509 certificates generated for tests, once per name per
 * JVM. No key of any real party is ever committed.
 */
public final class TestKeys {

	private static final Map<String, Credentials> CACHE = new ConcurrentHashMap<>();

	private static final AtomicLong SERIALS = new AtomicLong(0x5157F09EFDC0L);

	private TestKeys() {
	}

	/** Key pair and certificate for a party, e.g. "wechat-platform", "merchant". */
	public static Credentials of(String party) {
		return CACHE.computeIfAbsent(party, TestKeys::generate);
	}

	private static Credentials generate(String party) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			Instant now = Instant.now();
			BigInteger serial = BigInteger.valueOf(SERIALS.incrementAndGet())
				.shiftLeft(32)
				.add(BigInteger.valueOf(party.hashCode() & 0xffffffffL));
			X500Name name = new X500Name("CN=" + party + " (test only),O=Shengshi tests,C=CN");
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
					Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
					pair.getPublic());
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			return new Credentials(pair, certificate);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("cannot generate test credentials", ex);
		}
	}

	/** A generated key pair and its self-signed certificate. */
	public record Credentials(KeyPair keyPair, X509Certificate certificate) {

		public PrivateKey privateKey() {
			return this.keyPair.getPrivate();
		}

		public PublicKey publicKey() {
			return this.keyPair.getPublic();
		}

		/** WeChat Pay style serial: upper-case hex. */
		public String serialHex() {
			return this.certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
		}

		/** The private key as PKCS#8 PEM, as the environment passes it. */
		public String privateKeyPem() {
			return pem("PRIVATE KEY", privateKey().getEncoded());
		}

		/** The public key as X.509 PEM. */
		public String publicKeyPem() {
			return pem("PUBLIC KEY", publicKey().getEncoded());
		}

		public String certificatePem() {
			try {
				return pem("CERTIFICATE", this.certificate.getEncoded());
			}
			catch (java.security.cert.CertificateEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String pem(String type, byte[] der) {
			return "-----BEGIN " + type + "-----\n"
					+ java.util.Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der) + "\n-----END "
					+ type + "-----\n";
		}

		/** UnionPay style certId: the serial in decimal. */
		public String serialDecimal() {
			return this.certificate.getSerialNumber().toString();
		}

	}

}

package org.shengshi.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local stack's WeChat Pay v3 credentials (development only): the merchant API key
 * payment-adapter signs its requests with, the sandbox platform's key and self-signed
 * certificate that sign the sandbox's answers and notifications, and the APIv3 key that
 * encrypts notification resources. Generated on first start into
 * {@code <data>/wechat-pay-dev-keys.properties} (owner only) and reused, so a restarted
 * payment-adapter and the sandbox keep agreeing. No key is ever committed.
 */
public final class WechatPayDevKeys {

	/** The sandbox merchant id ({@code mchid}). */
	public static final String MCH_ID = "1900000109";

	/** The sandbox app id bound to the merchant. */
	public static final String APP_ID = "wxd678efh567hg6787";

	static final String FILE_NAME = "wechat-pay-dev-keys.properties";

	private static final int GCM_TAG_BITS = 128;

	private final PrivateKey merchantKey;

	private final String merchantSerial;

	private final PrivateKey platformKey;

	private final X509Certificate platformCertificate;

	private final String apiV3Key;

	private WechatPayDevKeys(PrivateKey merchantKey, String merchantSerial, PrivateKey platformKey,
			X509Certificate platformCertificate, String apiV3Key) {
		this.merchantKey = merchantKey;
		this.merchantSerial = merchantSerial;
		this.platformKey = platformKey;
		this.platformCertificate = platformCertificate;
		this.apiV3Key = apiV3Key;
	}

	public static WechatPayDevKeys loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.isRegularFile(file)) {
				return read(file);
			}
			WechatPayDevKeys keys = generate();
			keys.write(file);
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read or write " + file, ex);
		}
		catch (GeneralSecurityException | OperatorCreationException | IllegalArgumentException ex) {
			throw new StackStartException(
					file + " is damaged (" + ex.getMessage() + "): delete it to generate new keys", ex);
		}
	}

	String merchantPrivateKeyPem() {
		return pem("PRIVATE KEY", this.merchantKey.getEncoded());
	}

	String merchantSerial() {
		return this.merchantSerial;
	}

	X509Certificate platformCertificate() {
		return this.platformCertificate;
	}

	String platformCertificatePem() {
		try {
			return pem("CERTIFICATE", this.platformCertificate.getEncoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The platform certificate's serial as WeChat Pay names it: upper-case hex. */
	public String platformSerial() {
		return this.platformCertificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
	}

	String apiV3Key() {
		return this.apiV3Key;
	}

	/**
	 * Base64 SHA256withRSA by the platform key over {@code timestamp\nnonce\nbody\n}, as
	 * WeChat Pay signs its answers and notifications.
	 */
	public String platformSignature(String timestamp, String nonce, String body) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(this.platformKey);
			signature.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA256withRSA is not available", ex);
		}
	}

	/**
	 * A notification resource's {@code ciphertext}: Base64 of AEAD_AES_256_GCM under the
	 * APIv3 key (ciphertext and tag).
	 */
	public String encryptResource(String associatedData, String nonce, String plaintext) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(this.apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
					new GCMParameterSpec(GCM_TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	private static WechatPayDevKeys generate() throws GeneralSecurityException, OperatorCreationException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		SecureRandom random = new SecureRandom();
		KeyPair merchant = generator.generateKeyPair();
		KeyPair platform = generator.generateKeyPair();
		byte[] serial = new byte[20];
		random.nextBytes(serial);
		String apiV3Key = HexFormat.of().formatHex(serial).substring(0, 32);
		return new WechatPayDevKeys(merchant.getPrivate(), HexFormat.of().withUpperCase().formatHex(serial),
				platform.getPrivate(), selfSigned(platform, new BigInteger(1, serial)), apiV3Key);
	}

	private static X509Certificate selfSigned(KeyPair pair, BigInteger serial)
			throws GeneralSecurityException, OperatorCreationException {
		Instant now = Instant.now();
		X500Name name = new X500Name("CN=WeChat Pay sandbox platform (local stack only),O=Shengshi,C=CN");
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
				Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name,
				pair.getPublic());
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
	}

	private static WechatPayDevKeys read(Path file) throws IOException, GeneralSecurityException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		KeyFactory rsa = KeyFactory.getInstance("RSA");
		X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new java.io.ByteArrayInputStream(decode(properties, "platform.certificate")));
		return new WechatPayDevKeys(rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(properties, "merchant.key"))),
				required(properties, "merchant.serial"),
				rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(properties, "platform.key"))), certificate,
				required(properties, "apiv3.key"));
	}

	private void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
		Base64.Encoder base64 = Base64.getEncoder();
		try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			writer.write(
					"# DEVELOPMENT ONLY: WeChat Pay sandbox credentials of the local stack, generated on first start.\n");
			writer.write("merchant.key=" + base64.encodeToString(this.merchantKey.getEncoded()) + "\n");
			writer.write("merchant.serial=" + this.merchantSerial + "\n");
			writer.write("platform.key=" + base64.encodeToString(this.platformKey.getEncoded()) + "\n");
			writer.write("platform.certificate=" + base64.encodeToString(this.platformCertificate.getEncoded()) + "\n");
			writer.write("apiv3.key=" + this.apiV3Key + "\n");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		DevSecrets.restrictToOwner(tmp);
		Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static byte[] decode(Properties properties, String name) {
		return Base64.getDecoder().decode(required(properties, name));
	}

	private static String required(Properties properties, String name) {
		String value = properties.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " missing");
		}
		return value.trim();
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	@Override
	public String toString() {
		return "WechatPayDevKeys[mchId=" + MCH_ID + ", platformSerial=" + platformSerial() + ", keys hidden]";
	}

}

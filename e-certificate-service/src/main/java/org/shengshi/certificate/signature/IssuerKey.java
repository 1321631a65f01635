package org.shengshi.certificate.signature;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * One signing key of an issuing department: its id, algorithm, public key, private key
 * sealed with the key-encryption key, and when it was created and retired. A retired key
 * signs nothing new but still verifies what it signed. Timestamps are kept to the
 * millisecond, as stored.
 *
 * @param kid key id, the JWK thumbprint of the public key
 * @param departmentCode issuing department, e.g. {@code 440100-GA}
 * @param algorithm signature algorithm
 * @param publicKey public key on the algorithm's curve
 * @param encryptedPrivateKey sealed PKCS#8 private key
 * @param createdAt creation time
 * @param retiredAt retirement time, {@code null} while active
 */
public record IssuerKey(String kid, String departmentCode, SignatureAlgorithm algorithm, PublicKey publicKey,
		EncryptedPrivateKey encryptedPrivateKey, Instant createdAt, Instant retiredAt) {

	public IssuerKey {
		Objects.requireNonNull(kid, "kid");
		Objects.requireNonNull(departmentCode, "departmentCode");
		Objects.requireNonNull(algorithm, "algorithm");
		Objects.requireNonNull(publicKey, "publicKey");
		Objects.requireNonNull(encryptedPrivateKey, "encryptedPrivateKey");
		createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
		retiredAt = (retiredAt != null) ? retiredAt.truncatedTo(ChronoUnit.MILLIS) : null;
		if (kid.isBlank() || departmentCode.isBlank()) {
			throw new IllegalArgumentException("kid and department code are required");
		}
		if (!algorithm.accepts(publicKey)) {
			throw new IllegalArgumentException("public key is not a " + algorithm + " key");
		}
		if (retiredAt != null && retiredAt.isBefore(createdAt)) {
			throw new IllegalArgumentException("a key cannot retire before it was created");
		}
	}

	/**
	 * Rebuilds a stored key.
	 * @param subjectPublicKeyInfo base64 DER SubjectPublicKeyInfo, as
	 * {@link #publicKeyBase64()}
	 * @param encryptedPrivateKey sealed key, as {@link EncryptedPrivateKey#encoded()}
	 */
	public static IssuerKey restore(String kid, String departmentCode, SignatureAlgorithm algorithm,
			String subjectPublicKeyInfo, String encryptedPrivateKey, Instant createdAt, Instant retiredAt) {
		PublicKey publicKey = algorithm.decodePublicKey(Base64.getDecoder().decode(subjectPublicKeyInfo));
		return new IssuerKey(kid, departmentCode, algorithm, publicKey, EncryptedPrivateKey.parse(encryptedPrivateKey),
				createdAt, retiredAt);
	}

	/** Whether the key signs new certificates. */
	public boolean isActive() {
		return this.retiredAt == null;
	}

	/**
	 * This key retired at {@code at}; a key already retired keeps its first retirement.
	 */
	public IssuerKey retire(Instant at) {
		if (!isActive()) {
			return this;
		}
		return new IssuerKey(this.kid, this.departmentCode, this.algorithm, this.publicKey, this.encryptedPrivateKey,
				this.createdAt, at);
	}

	/** DER SubjectPublicKeyInfo, base64. */
	public String publicKeyBase64() {
		return Base64.getEncoder().encodeToString(this.publicKey.getEncoded());
	}

	/** The public key as a PEM {@code PUBLIC KEY} block. */
	public String publicKeyPem() {
		String body = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(this.publicKey.getEncoded());
		return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
	}

	/** The public key for publication at the anonymous keys endpoint. */
	public PublicJwk publicJwk() {
		return PublicJwk.of(this);
	}

	static String thumbprintOf(SignatureAlgorithm algorithm, PublicKey publicKey) {
		return PublicJwk.thumbprint(algorithm, (ECPublicKey) publicKey);
	}

}

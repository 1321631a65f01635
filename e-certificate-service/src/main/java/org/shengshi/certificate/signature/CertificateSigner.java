package org.shengshi.certificate.signature;

import java.security.PrivateKey;

/**
 * Signs canonical certificate content with the active key of the issuing department's
 * ring, opening its sealed private key with the key-encryption key.
 */
public final class CertificateSigner {

	private final KeyEncryptionKey kek;

	public CertificateSigner(KeyEncryptionKey kek) {
		this.kek = kek;
	}

	/**
	 * Signs {@code content}.
	 * @param ring the issuing department's keys
	 * @param content canonical content bytes (see
	 * {@link CertificateContent#canonicalBytes()})
	 * @return the signature and the id of the key that made it
	 * @throws SigningKeyUnavailableException when the ring has no active key or its
	 * private key cannot be opened
	 */
	public CertificateSignature sign(KeyRing ring, byte[] content) {
		IssuerKey key = ring.active()
			.orElseThrow(() -> new SigningKeyUnavailableException(
					"department " + ring.departmentCode() + " has no active signing key"));
		PrivateKey privateKey = PrivateKeySeal.open(this.kek, key.encryptedPrivateKey(), key.kid(), key.algorithm());
		return new CertificateSignature(key.kid(), key.algorithm(), key.algorithm().sign(privateKey, content));
	}

}

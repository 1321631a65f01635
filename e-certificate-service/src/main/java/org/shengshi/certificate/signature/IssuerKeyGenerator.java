package org.shengshi.certificate.signature;

import java.security.KeyPair;
import java.time.Clock;

/**
 * Creates issuer keys: a fresh key pair, its thumbprint as key id, the private key sealed
 * under the key-encryption key at once.
 */
public final class IssuerKeyGenerator {

	private final KeyEncryptionKey kek;

	private final Clock clock;

	public IssuerKeyGenerator(KeyEncryptionKey kek, Clock clock) {
		this.kek = kek;
		this.clock = clock;
	}

	/**
	 * A new active key.
	 * @param departmentCode issuing department
	 * @param algorithm signature algorithm
	 * @return the key, private part sealed
	 */
	public IssuerKey generate(String departmentCode, SignatureAlgorithm algorithm) {
		KeyPair pair = algorithm.generateKeyPair();
		String kid = IssuerKey.thumbprintOf(algorithm, pair.getPublic());
		EncryptedPrivateKey sealed = PrivateKeySeal.seal(this.kek, pair.getPrivate(), kid, algorithm);
		return new IssuerKey(kid, departmentCode, algorithm, pair.getPublic(), sealed, this.clock.instant(), null);
	}

}

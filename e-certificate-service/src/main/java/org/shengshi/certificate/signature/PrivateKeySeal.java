package org.shengshi.certificate.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens issuer private keys with AES-256-GCM under the key-encryption key,
 * binding the key id and algorithm as additional authenticated data.
 */
final class PrivateKeySeal {

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PrivateKeySeal() {
	}

	static EncryptedPrivateKey seal(KeyEncryptionKey kek, PrivateKey key, String kid, SignatureAlgorithm algorithm) {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		byte[] plain = key.getEncoded();
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, kek.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(kid, algorithm));
			return new EncryptedPrivateKey(nonce, cipher.doFinal(plain));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal private key", ex);
		}
		finally {
			Arrays.fill(plain, (byte) 0);
		}
	}

	static PrivateKey open(KeyEncryptionKey kek, EncryptedPrivateKey sealed, String kid, SignatureAlgorithm algorithm) {
		byte[] plain = null;
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, kek.secretKey(), new GCMParameterSpec(TAG_BITS, sealed.nonce()));
			cipher.updateAAD(associatedData(kid, algorithm));
			plain = cipher.doFinal(sealed.ciphertext());
			return algorithm.decodePrivateKey(plain);
		}
		catch (AEADBadTagException ex) {
			throw new SigningKeyUnavailableException(
					"private key of " + kid + " cannot be opened with this key-encryption key");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot open private key", ex);
		}
		finally {
			if (plain != null) {
				Arrays.fill(plain, (byte) 0);
			}
		}
	}

	private static byte[] associatedData(String kid, SignatureAlgorithm algorithm) {
		return (kid + "|" + algorithm.name()).getBytes(StandardCharsets.UTF_8);
	}

}

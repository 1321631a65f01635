package org.shengshi.certificate.signature;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals issuer private keys at rest. It comes from the environment
 * (never from the database that holds the sealed keys) and is never printed.
 */
public final class KeyEncryptionKey {

	private static final int LENGTH = 32;

	private final byte[] key;

	private KeyEncryptionKey(byte[] key) {
		if (key == null || key.length != LENGTH) {
			throw new IllegalArgumentException("a key-encryption key is 32 bytes (AES-256)");
		}
		this.key = key.clone();
	}

	/** A key from 32 raw bytes. */
	public static KeyEncryptionKey of(byte[] key) {
		return new KeyEncryptionKey(key);
	}

	/**
	 * A key from its base64 (standard or URL-safe) text, as kept in an environment
	 * variable.
	 * @throws IllegalArgumentException when the text is not base64 of 32 bytes
	 */
	public static KeyEncryptionKey fromBase64(String text) {
		if (text == null) {
			throw new IllegalArgumentException("a key-encryption key is 32 bytes (AES-256)");
		}
		String trimmed = text.trim();
		boolean urlSafe = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0;
		return new KeyEncryptionKey((urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(trimmed));
	}

	/** A fresh random key, for development stacks and tests. */
	public static KeyEncryptionKey generate() {
		byte[] key = new byte[LENGTH];
		new SecureRandom().nextBytes(key);
		return new KeyEncryptionKey(key);
	}

	SecretKey secretKey() {
		return new SecretKeySpec(this.key, "AES");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KeyEncryptionKey that && Arrays.equals(this.key, that.key);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.key);
	}

	@Override
	public String toString() {
		return "KeyEncryptionKey[redacted]";
	}

}

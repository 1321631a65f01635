package org.shengshi.certificate.signature;

import java.util.Arrays;
import java.util.Base64;

/**
 * An issuer's PKCS#8 private key sealed with AES-256-GCM: a 12-byte nonce and the
 * ciphertext with its 16-byte tag. Stored as text {@code v1.<nonce>.<ciphertext>}
 * (base64url without padding); the key id and algorithm are bound as additional
 * authenticated data, so a sealed key cannot be moved to another key record.
 *
 * @param nonce GCM nonce
 * @param ciphertext encrypted PKCS#8 bytes followed by the tag
 */
public record EncryptedPrivateKey(byte[] nonce, byte[] ciphertext) {

	private static final String VERSION = "v1";

	public EncryptedPrivateKey {
		if (nonce == null || nonce.length != 12 || ciphertext == null || ciphertext.length <= 16) {
			throw new IllegalArgumentException("malformed sealed private key");
		}
		nonce = nonce.clone();
		ciphertext = ciphertext.clone();
	}

	@Override
	public byte[] nonce() {
		return this.nonce.clone();
	}

	@Override
	public byte[] ciphertext() {
		return this.ciphertext.clone();
	}

	/** The storage form {@code v1.<nonce>.<ciphertext>}. */
	public String encoded() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return VERSION + "." + encoder.encodeToString(this.nonce) + "." + encoder.encodeToString(this.ciphertext);
	}

	/**
	 * Reads the storage form.
	 * @throws IllegalArgumentException for anything else
	 */
	public static EncryptedPrivateKey parse(String encoded) {
		String[] parts = (encoded != null) ? encoded.split("\\.", -1) : new String[0];
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new IllegalArgumentException("malformed sealed private key");
		}
		Base64.Decoder decoder = Base64.getUrlDecoder();
		return new EncryptedPrivateKey(decoder.decode(parts[1]), decoder.decode(parts[2]));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EncryptedPrivateKey that && Arrays.equals(this.nonce, that.nonce)
				&& Arrays.equals(this.ciphertext, that.ciphertext);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.nonce) + Arrays.hashCode(this.ciphertext);
	}

	@Override
	public String toString() {
		return "EncryptedPrivateKey[" + this.ciphertext.length + " bytes]";
	}

}

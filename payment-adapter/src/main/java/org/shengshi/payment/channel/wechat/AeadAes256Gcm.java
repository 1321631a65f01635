package org.shengshi.payment.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts a callback {@code resource}: AEAD_AES_256_GCM (RFC 5116) with the 32-byte
 * APIv3 key, the {@code nonce} string's UTF-8 bytes as IV (12 bytes),
 * {@code associated_data} as AAD, and {@code ciphertext} Base64 of the encrypted bytes
 * followed by the 16-byte tag.
 */
final class AeadAes256Gcm {

	private static final int TAG_BITS = 128;

	private final byte[] key;

	AeadAes256Gcm(byte[] key) {
		this.key = key.clone();
	}

	/**
	 * @throws GeneralSecurityException when the key, nonce, AAD, ciphertext or tag do not
	 * match
	 */
	String decrypt(String associatedData, String nonce, String ciphertextBase64) throws GeneralSecurityException {
		byte[] ciphertext;
		try {
			ciphertext = Base64.getDecoder().decode(ciphertextBase64);
		}
		catch (IllegalArgumentException ex) {
			throw new GeneralSecurityException("ciphertext is not Base64", ex);
		}
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(this.key, "AES"),
				new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
		if (associatedData != null) {
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
		}
		return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
	}

}

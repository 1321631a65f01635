package org.shengshi.platform.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of personal data fields. Every value is encrypted with the
 * active key and a fresh 96-bit IV; the ciphertext names its format version and key id
 * ({@code v1.<kid>.<base64url(iv || ciphertext || tag)>}), so values written under an
 * older key still decrypt after rotation. The associated data (use the column, for
 * example {@code resident.id_number}) is authenticated with the key id, so a ciphertext
 * copied into another column or relabelled with another key id fails to decrypt.
 */
public final class PiiCipher {

	static final String VERSION = "v1";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param keys 32-byte AES keys by key id
	 * @param activeKeyId the id of the key new values are encrypted with
	 */
	public PiiCipher(Map<String, byte[]> keys, String activeKeyId) {
		Map<String, SecretKey> copy = new LinkedHashMap<>();
		keys.forEach(
				(id, key) -> copy.put(PiiKeys.checkKeyId(id), new SecretKeySpec(PiiKeys.checkAesKey(id, key), "AES")));
		if (!copy.containsKey(activeKeyId)) {
			throw new IllegalArgumentException(
					"active PII key id '" + activeKeyId + "' is not among the keys " + copy.keySet());
		}
		this.keys = Map.copyOf(copy);
		this.activeKeyId = activeKeyId;
	}

	public String activeKeyId() {
		return this.activeKeyId;
	}

	public Set<String> keyIds() {
		return this.keys.keySet();
	}

	public String encrypt(String plaintext, String associatedData) {
		Objects.requireNonNull(plaintext, "plaintext");
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(aad(this.activeKeyId, associatedData));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return VERSION + "." + this.activeKeyId + "."
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new PiiCryptoException("AES-GCM encryption failed", ex);
		}
	}

	public String decrypt(String ciphertext, String associatedData) {
		Objects.requireNonNull(ciphertext, "ciphertext");
		String[] parts = ciphertext.split("\\.", -1);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new PiiCryptoException("not a " + VERSION + " PII ciphertext");
		}
		SecretKey key = this.keys.get(parts[1]);
		if (key == null) {
			throw new PiiCryptoException("unknown PII key id '" + parts[1] + "'");
		}
		byte[] payload = decodePayload(parts[2]);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES));
			cipher.updateAAD(aad(parts[1], associatedData));
			byte[] plain = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new PiiCryptoException("PII ciphertext failed authentication (tampered, or wrong associated data)",
					ex);
		}
		catch (GeneralSecurityException ex) {
			throw new PiiCryptoException("AES-GCM decryption failed", ex);
		}
	}

	public EncryptedString seal(String plaintext, String associatedData) {
		return new EncryptedString(encrypt(plaintext, associatedData));
	}

	public String open(EncryptedString value, String associatedData) {
		return decrypt(value.value(), associatedData);
	}

	/**
	 * Whether a stored value was encrypted with a key other than the active one and
	 * should be re-encrypted.
	 */
	public boolean needsReencryption(EncryptedString value) {
		return !this.activeKeyId.equals(value.keyId());
	}

	private static byte[] decodePayload(String encoded) {
		try {
			byte[] payload = Base64.getUrlDecoder().decode(encoded);
			if (payload.length < IV_BYTES + TAG_BITS / 8) {
				throw new PiiCryptoException("PII ciphertext is too short");
			}
			return payload;
		}
		catch (IllegalArgumentException ex) {
			throw new PiiCryptoException("PII ciphertext is not base64url", ex);
		}
	}

	private static byte[] aad(String keyId, String associatedData) {
		Objects.requireNonNull(associatedData, "associatedData");
		return (VERSION + "." + keyId + "|" + associatedData).getBytes(StandardCharsets.UTF_8);
	}

}

package org.shengshi.platform.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of a personal data value, stored next to its ciphertext so a
 * service can find rows by equality ({@code WHERE id_number_index = ?}) without
 * decrypting. The input is normalised first (surrounding spaces removed, upper case, so
 * an ID number ending in {@code x} matches one ending in {@code X}). The result is 64 hex
 * characters; without the index key it reveals nothing and cannot be brute-forced
 * offline.
 */
public final class BlindIndex {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public BlindIndex(byte[] key) {
		this.key = new SecretKeySpec(PiiKeys.checkIndexKey(key), ALGORITHM);
	}

	/**
	 * The index of a value.
	 */
	public String of(String value) {
		return hmac(normalise(value));
	}

	/**
	 * The index of a value within a scope (for example the column name), so equal values
	 * in different columns get unrelated indexes.
	 */
	public String of(String scope, String value) {
		Objects.requireNonNull(scope, "scope");
		return hmac(scope + '\u0000' + normalise(value));
	}

	static String normalise(String value) {
		Objects.requireNonNull(value, "value");
		return value.strip().toUpperCase(Locale.ROOT);
	}

	private String hmac(String input) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new PiiCryptoException("HMAC-SHA256 failed", ex);
		}
	}

}

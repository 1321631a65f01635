package org.shengshi.platform.pii;

import java.util.regex.Pattern;

/**
 * A ciphertext produced by {@link PiiCipher}, in the form
 * {@code v1.<key id>.<base64url(iv || ciphertext || tag)>}. Store it in a {@code VARCHAR}
 * column; MyBatis maps it with {@link EncryptedStringTypeHandler}, which the starter
 * registers. It holds no plaintext, so it may be logged.
 *
 * @param value the self-describing ciphertext
 */
public record EncryptedString(String value) {

	private static final Pattern FORMAT = Pattern.compile("v1\\.[A-Za-z0-9_-]{1,32}\\.[A-Za-z0-9_-]{38,}");

	public EncryptedString {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a Shengshi PII ciphertext (expected v1.<kid>.<base64url>)");
		}
	}

	/**
	 * The id of the key that encrypted this value.
	 */
	public String keyId() {
		return this.value.substring(3, this.value.indexOf('.', 3));
	}

	@Override
	public String toString() {
		return this.value;
	}

}

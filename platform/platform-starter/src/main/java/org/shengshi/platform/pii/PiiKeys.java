package org.shengshi.platform.pii;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes and checks the PII key configuration, failing with a message that names the
 * property and environment variable to fix (never the key itself).
 *
 * @param aesKeys decoded AES keys by id
 * @param activeKeyId the active key id
 * @param indexKey the decoded blind index key
 */
record PiiKeys(Map<String, byte[]> aesKeys, String activeKeyId, byte[] indexKey) {

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private static final int AES_KEY_BYTES = 32;

	static PiiKeys from(PiiProperties properties) {
		Map<String, String> configured = properties.keys();
		if (configured == null || configured.isEmpty()) {
			throw new IllegalStateException("No PII encryption key configured: set shengshi.pii.keys.<kid> "
					+ "(env SHENGSHI_PII_KEYS_<KID>) to a base64-encoded 32-byte AES-256 key");
		}
		Map<String, byte[]> decoded = new LinkedHashMap<>();
		configured.forEach((id, value) -> decoded.put(checkKeyId(id),
				checkAesKey(id, decode("shengshi.pii.keys." + id, "SHENGSHI_PII_KEYS_" + envName(id), value))));
		String active = properties.activeKeyId();
		if (active == null || active.isBlank()) {
			throw new IllegalStateException("No active PII key: set shengshi.pii.active-key-id "
					+ "(env SHENGSHI_PII_ACTIVE_KEY_ID) to one of " + decoded.keySet());
		}
		if (!decoded.containsKey(active)) {
			throw new IllegalStateException("shengshi.pii.active-key-id (env SHENGSHI_PII_ACTIVE_KEY_ID) is '" + active
					+ "' but the configured key ids are " + decoded.keySet());
		}
		byte[] index = decode("shengshi.pii.index-key", "SHENGSHI_PII_INDEX_KEY", properties.indexKey());
		return new PiiKeys(decoded, active, checkIndexKey(index));
	}

	static String checkKeyId(String id) {
		if (id == null || !KEY_ID.matcher(id).matches()) {
			throw new IllegalStateException("PII key id '" + id + "' must match " + KEY_ID.pattern());
		}
		return id;
	}

	static byte[] checkAesKey(String id, byte[] key) {
		if (key == null || key.length != AES_KEY_BYTES) {
			throw new IllegalStateException("PII key '" + id + "' (shengshi.pii.keys." + id + ", env SHENGSHI_PII_KEYS_"
					+ envName(id) + ") must be " + AES_KEY_BYTES + " bytes for AES-256 but is "
					+ ((key != null) ? key.length : 0) + " bytes");
		}
		return key.clone();
	}

	static byte[] checkIndexKey(byte[] key) {
		if (key == null || key.length < AES_KEY_BYTES) {
			throw new IllegalStateException(
					"The PII blind index key (shengshi.pii.index-key, env SHENGSHI_PII_INDEX_KEY) "
							+ "must be at least " + AES_KEY_BYTES + " bytes but is " + ((key != null) ? key.length : 0)
							+ " bytes");
		}
		return key.clone();
	}

	private static byte[] decode(String property, String env, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					"Missing " + property + " (env " + env + "): set it to a base64-encoded 32-byte key");
		}
		String trimmed = value.strip();
		try {
			return Base64.getDecoder().decode(trimmed);
		}
		catch (IllegalArgumentException ex) {
			try {
				return Base64.getUrlDecoder().decode(trimmed);
			}
			catch (IllegalArgumentException urlEx) {
				throw new IllegalStateException(property + " (env " + env + ") is not valid base64");
			}
		}
	}

	private static String envName(String id) {
		return id.toUpperCase(Locale.ROOT).replace('-', '_');
	}

}

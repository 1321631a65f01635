package org.shengshi.platform.test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fresh random PII keys for a test context ({@code shengshi.pii.*}), so services start
 * with real AES-256 and HMAC keys that exist nowhere else.
 */
public final class TestPiiKeys {

	public static final String ACTIVE_KEY_ID = "test1";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TestPiiKeys() {
	}

	/**
	 * A new random base64-encoded 32-byte key.
	 */
	public static String newKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/**
	 * Properties with one fresh active key and a fresh blind index key.
	 */
	public static Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("shengshi.pii.keys." + ACTIVE_KEY_ID, newKey());
		properties.put("shengshi.pii.active-key-id", ACTIVE_KEY_ID);
		properties.put("shengshi.pii.index-key", newKey());
		return properties;
	}

}

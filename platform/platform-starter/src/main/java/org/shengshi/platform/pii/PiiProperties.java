package org.shengshi.platform.pii;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shengshi.pii.*}: key material for personal data, from the environment only.
 * Checked at start by {@link PiiKeys}; a missing or malformed key stops the service with
 * a message naming the variable.
 *
 * @param keys base64 32-byte AES keys by key id (env {@code SHENGSHI_PII_KEYS_<KID>})
 * @param activeKeyId the key id new values are encrypted with (env
 * {@code SHENGSHI_PII_ACTIVE_KEY_ID})
 * @param indexKey base64 key of at least 32 bytes for blind indexes (env
 * {@code SHENGSHI_PII_INDEX_KEY})
 */
@ConfigurationProperties("shengshi.pii")
public record PiiProperties(@Nullable Map<String, String> keys, @Nullable String activeKeyId,
		@Nullable String indexKey) {

	@Override
	public String toString() {
		return "PiiProperties[keyIds=" + ((this.keys != null) ? this.keys.keySet() : "[]") + ", activeKeyId="
				+ this.activeKeyId + "]";
	}

}

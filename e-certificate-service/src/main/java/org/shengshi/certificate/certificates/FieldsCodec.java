package org.shengshi.certificate.certificates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shengshi.platform.pii.EncryptedString;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Certificate field values as encrypted JSON (associated data
 * {@code certificate.fields}).
 */
@Component
class FieldsCodec {

	static final String COLUMN = "certificate.fields";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PiiCipher cipher;

	FieldsCodec(PiiCipher cipher) {
		this.cipher = cipher;
	}

	EncryptedString seal(Map<String, String> fields) {
		return this.cipher.seal(JSON.writeValueAsString(fields), COLUMN);
	}

	Map<String, String> open(EncryptedString sealed) {
		return new LinkedHashMap<>(
				JSON.readValue(this.cipher.open(sealed, COLUMN), new TypeReference<Map<String, String>>() {
				}));
	}

}

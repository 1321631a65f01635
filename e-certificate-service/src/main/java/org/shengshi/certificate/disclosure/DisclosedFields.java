package org.shengshi.certificate.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields released to a verifier, in schema order, for the purpose it declared.
 *
 * @param purpose the verifier's purpose
 * @param fields field name to value; only allowed fields the certificate has
 */
public record DisclosedFields(String purpose, Map<String, Object> fields) {

	public DisclosedFields {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

}

package org.shengshi.payment.channel;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A callback exactly as it arrived: verification needs the raw body bytes, never a
 * re-serialised form.
 *
 * @param headers request headers (looked up case-insensitively)
 * @param rawBody the body bytes as received
 */
public record CallbackRequest(Map<String, String> headers, byte[] rawBody) {

	public CallbackRequest {
		Objects.requireNonNull(rawBody, "rawBody");
		TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (headers != null) {
			copy.putAll(headers);
		}
		headers = Collections.unmodifiableMap(copy);
	}

	public static CallbackRequest of(Map<String, String> headers, String body) {
		return new CallbackRequest(headers, body.getBytes(StandardCharsets.UTF_8));
	}

	/** A header value, or {@code null}. */
	public String header(String name) {
		return this.headers.get(name);
	}

	public String bodyAsUtf8() {
		return new String(this.rawBody, StandardCharsets.UTF_8);
	}

}

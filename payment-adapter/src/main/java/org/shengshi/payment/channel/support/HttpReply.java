package org.shengshi.payment.channel.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A channel's HTTP answer.
 *
 * @param status HTTP status code
 * @param headers first value of each header, names case-insensitive
 * @param body the raw body bytes (empty when none)
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

	public HttpReply {
		TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		copy.putAll(headers);
		headers = Collections.unmodifiableMap(copy);
	}

	public String header(String name) {
		return this.headers.get(name);
	}

	public String bodyText() {
		return bodyText(StandardCharsets.UTF_8);
	}

	public String bodyText(Charset charset) {
		return new String(this.body, charset);
	}

	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	public boolean isServerError() {
		return this.status >= 500;
	}

}

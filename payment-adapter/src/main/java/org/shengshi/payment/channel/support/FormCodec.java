package org.shengshi.payment.channel.support;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * {@code application/x-www-form-urlencoded} bodies and the "sorted {@code key=value}
 * joined by {@code &}" string Alipay and UnionPay sign.
 */
public final class FormCodec {

	private FormCodec() {
	}

	/**
	 * Parses a form body. A parameter given twice is refused: parameter pollution could
	 * make the verified value differ from the one acted upon.
	 */
	public static Map<String, String> parse(String body, Charset charset) {
		Map<String, String> params = new LinkedHashMap<>();
		if (body == null || body.isEmpty()) {
			return params;
		}
		for (String pair : body.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
			if (params.putIfAbsent(key, value) != null) {
				throw new MalformedMessageException("parameter given twice: " + key);
			}
		}
		return params;
	}

	public static Map<String, String> parse(String body) {
		return parse(body, StandardCharsets.UTF_8);
	}

	public static String encode(Map<String, String> params) {
		StringJoiner joiner = new StringJoiner("&");
		params.forEach((key, value) -> joiner.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return joiner.toString();
	}

	/**
	 * The string to sign: parameters sorted by name (ASCII), those in {@code excluded}
	 * and those with an empty value left out, as {@code k1=v1&k2=v2} with raw (not
	 * URL-encoded) values.
	 */
	public static String canonical(Map<String, String> params, Set<String> excluded) {
		StringJoiner joiner = new StringJoiner("&");
		new TreeMap<>(params).forEach((key, value) -> {
			if (!excluded.contains(key) && value != null && !value.isEmpty()) {
				joiner.add(key + "=" + value);
			}
		});
		return joiner.toString();
	}

	private static String decode(String text, Charset charset) {
		try {
			return URLDecoder.decode(text, charset);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedMessageException("bad percent-encoding in form body", ex);
		}
	}

}

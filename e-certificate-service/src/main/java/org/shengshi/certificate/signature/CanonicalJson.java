package org.shengshi.certificate.signature;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic JSON for signed content, in the spirit of RFC 8785 (JCS): the same value
 * always gives the same bytes.
 * <ul>
 * <li>object members sorted by key in UTF-16 code unit order (Java's {@code String}
 * order, as in RFC 8785); no whitespace anywhere;</li>
 * <li>strings: only {@code "}, {@code \} and control characters are escaped ({@code \b
 * \t \n \f \r}, others as a backslash, {@code u} and four lower-case hex digits); all
 * other characters are written as UTF-8; unpaired surrogates are refused;</li>
 * <li>numbers: exact decimal in plain notation with trailing fractional zeros removed
 * ({@code 1.50 → 1.5}, {@code 2.0 → 2}, {@code -0 → 0}); NaN and infinities refused.
 * Unlike RFC 8785 large and tiny numbers are not written with exponents; money is
 * {@code long} fen anyway;</li>
 * <li>accepted values: {@code null}, {@link Boolean}, {@link CharSequence},
 * {@link Number}
 * ({@code Byte, Short, Integer, Long, BigInteger, BigDecimal, Float, Double}),
 * {@link Map} with {@code String} keys and {@link List}. Anything else (sets, dates,
 * enums, beans) is refused so callers decide their representation explicitly.</li>
 * </ul>
 */
public final class CanonicalJson {

	private static final int MAX_DEPTH = 32;

	private static final int MAX_EXPONENT = 400;

	private CanonicalJson() {
	}

	/**
	 * The canonical JSON text of {@code value}.
	 * @throws IllegalArgumentException for values outside the accepted model
	 */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.toString();
	}

	/** The canonical JSON of {@code value} as UTF-8 bytes: what gets signed. */
	public static byte[] bytes(Object value) {
		return write(value).getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Object value, StringBuilder out, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException("nesting deeper than " + MAX_DEPTH);
		}
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Boolean bool) {
			out.append(bool.booleanValue());
		}
		else if (value instanceof CharSequence text) {
			writeString(text, out);
		}
		else if (value instanceof Number number) {
			out.append(number(number));
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(map, out, depth);
		}
		else if (value instanceof List<?> list) {
			writeArray(list, out, depth);
		}
		else {
			throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName());
		}
	}

	private static void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
		TreeMap<String, Object> sorted = new TreeMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new IllegalArgumentException("object keys must be strings");
			}
			sorted.put(key, entry.getValue());
		}
		out.append('{');
		boolean first = true;
		for (Map.Entry<String, Object> entry : sorted.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			writeString(entry.getKey(), out);
			out.append(':');
			write(entry.getValue(), out, depth + 1);
		}
		out.append('}');
	}

	private static void writeArray(List<?> list, StringBuilder out, int depth) {
		out.append('[');
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			write(list.get(i), out, depth + 1);
		}
		out.append(']');
	}

	private static void writeString(CharSequence text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\f' -> out.append("\\f");
				case '\r' -> out.append("\\r");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else if (Character.isSurrogate(c)) {
						requirePair(text, i);
						out.append(c).append(text.charAt(++i));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static void requirePair(CharSequence text, int i) {
		boolean paired = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(i + 1));
		if (!paired) {
			throw new IllegalArgumentException("unpaired surrogate at index " + i);
		}
	}

	static String number(Number number) {
		if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
				|| number instanceof BigInteger) {
			return number.toString();
		}
		BigDecimal decimal;
		if (number instanceof BigDecimal big) {
			decimal = big;
		}
		else if (number instanceof Double || number instanceof Float) {
			double d = number.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new IllegalArgumentException("NaN and infinities have no JSON form");
			}
			decimal = new BigDecimal(number.toString());
		}
		else {
			throw new IllegalArgumentException("no canonical JSON for " + number.getClass().getName());
		}
		return plain(decimal);
	}

	private static String plain(BigDecimal decimal) {
		if (decimal.signum() == 0) {
			return "0";
		}
		BigDecimal stripped = decimal.stripTrailingZeros();
		int magnitude = stripped.precision() - stripped.scale();
		if (Math.abs(stripped.scale()) > MAX_EXPONENT || Math.abs(magnitude) > MAX_EXPONENT) {
			throw new IllegalArgumentException("number out of the supported range");
		}
		return stripped.toPlainString();
	}

}

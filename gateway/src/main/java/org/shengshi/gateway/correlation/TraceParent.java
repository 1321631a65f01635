package org.shengshi.gateway.correlation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value (version 00).
 *
 * @param traceId 32 lower-case hex digits, not all zero
 * @param parentId 16 lower-case hex digits, not all zero: the span of the sender
 * @param flags 2 hex digits ({@code 01} = sampled)
 */
public record TraceParent(String traceId, String parentId, String flags) {

	public static final String HEADER = "traceparent";

	public static final String STATE_HEADER = "tracestate";

	private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

	private static final String ZERO_TRACE = "0".repeat(32);

	private static final String ZERO_SPAN = "0".repeat(16);

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Reads a header value; empty when it is absent or not a valid version-00 value.
	 */
	public static Optional<TraceParent> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(value.trim());
		if (!matcher.matches() || ZERO_TRACE.equals(matcher.group(1)) || ZERO_SPAN.equals(matcher.group(2))) {
			return Optional.empty();
		}
		return Optional.of(new TraceParent(matcher.group(1), matcher.group(2), matcher.group(3)));
	}

	/**
	 * Starts a new sampled trace with the gateway's span as its root.
	 */
	public static TraceParent newTrace() {
		return new TraceParent(randomHex(16), randomHex(8), "01");
	}

	/**
	 * The value the gateway sends upstream: same trace and flags, the gateway's own span
	 * as parent.
	 */
	public TraceParent child() {
		return new TraceParent(this.traceId, randomHex(8), this.flags);
	}

	public String header() {
		return "00-" + this.traceId + "-" + this.parentId + "-" + this.flags;
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		String hex;
		do {
			RANDOM.nextBytes(random);
			hex = HexFormat.of().formatHex(random);
		}
		while (hex.chars().allMatch((c) -> c == '0'));
		return hex;
	}

}

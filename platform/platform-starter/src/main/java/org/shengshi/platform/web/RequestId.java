package org.shengshi.platform.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The request id: taken from {@code X-Request-Id} when it is safe
 * ({@code [A-Za-z0-9._-]{1,64}}), generated otherwise, echoed on the response, kept in
 * the logging MDC under {@code requestId} and in every problem body.
 */
public final class RequestId {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestId() {
	}

	/**
	 * Whether a caller-supplied id may be used as is (no spaces, no control characters,
	 * nothing that could forge a log line or a header).
	 */
	public static boolean isValid(@Nullable String candidate) {
		return candidate != null && VALID.matcher(candidate).matches();
	}

	/**
	 * The caller's id when valid, a new random one otherwise.
	 */
	public static String acceptOrGenerate(@Nullable String candidate) {
		return isValid(candidate) ? candidate : generate();
	}

	public static String generate() {
		return UUID.randomUUID().toString();
	}

	/**
	 * The id of the request the current thread is serving, if any.
	 */
	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

}

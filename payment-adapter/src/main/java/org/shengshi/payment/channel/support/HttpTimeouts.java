package org.shengshi.payment.channel.support;

import java.time.Duration;
import java.util.Objects;

/**
 * Explicit timeouts for a channel's HTTP client.
 *
 * @param connect TCP connect timeout
 * @param read time to wait for the response once the request is sent
 */
public record HttpTimeouts(Duration connect, Duration read) {

	public HttpTimeouts {
		Objects.requireNonNull(connect, "connect");
		Objects.requireNonNull(read, "read");
		if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
			throw new IllegalArgumentException("timeouts must be positive");
		}
	}

	/** 3 s to connect, 10 s to answer: what the channels' own SDKs use by default. */
	public static HttpTimeouts defaults() {
		return new HttpTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10));
	}

}

package org.shengshi.payment.channel;

import java.util.Objects;

/**
 * The result of one channel call.
 *
 * @param outcome OK, DEFINITIVE_FAILURE or UNKNOWN
 * @param value the answer when OK, else {@code null}
 * @param code a stable code for a failure or unknown outcome (the channel's business
 * code, or ours: {@code TIMEOUT}, {@code IO_ERROR}, {@code HTTP_5XX},
 * {@code MALFORMED_RESPONSE}, {@code BAD_RESPONSE_SIGNATURE}); {@code null} when OK
 * @param message a short description safe to log (no personal data), {@code null} when OK
 */
public record ChannelResult<T>(Outcome outcome, T value, String code, String message) {

	public ChannelResult {
		Objects.requireNonNull(outcome, "outcome");
		if (outcome == Outcome.OK && value == null) {
			throw new IllegalArgumentException("an OK result carries a value");
		}
	}

	public static <T> ChannelResult<T> ok(T value) {
		return new ChannelResult<>(Outcome.OK, value, null, null);
	}

	public static <T> ChannelResult<T> failure(String code, String message) {
		return new ChannelResult<>(Outcome.DEFINITIVE_FAILURE, null, code, message);
	}

	public static <T> ChannelResult<T> unknown(String code, String message) {
		return new ChannelResult<>(Outcome.UNKNOWN, null, code, message);
	}

	public boolean isOk() {
		return this.outcome == Outcome.OK;
	}

	/** The same failure or unknown outcome for another value type. */
	public <U> ChannelResult<U> withoutValue() {
		if (this.outcome == Outcome.OK) {
			throw new IllegalStateException("an OK result has a value");
		}
		return new ChannelResult<>(this.outcome, null, this.code, this.message);
	}

}

package org.shengshi.payment.channel.support;

import java.util.function.Supplier;

import org.shengshi.payment.channel.ChannelResult;

/**
 * Runs one channel call and turns what cannot be known into UNKNOWN: an unreachable or
 * slow channel, a malformed or unverifiable answer. Only an explicit business refusal
 * becomes a DEFINITIVE_FAILURE, and only the adapter decides that.
 */
public final class Guarded {

	private Guarded() {
	}

	public static <T> ChannelResult<T> call(String operation, Supplier<ChannelResult<T>> call) {
		try {
			return call.get();
		}
		catch (ChannelUnavailableException ex) {
			return ChannelResult.unknown(ex.code(), operation + ": " + ex.getMessage());
		}
		catch (UnexpectedStatusException ex) {
			return httpError(ex.reply(), "HTTP_" + ex.reply().status(), operation + ": status " + ex.reply().status());
		}
		catch (UnverifiedResponseException ex) {
			return ChannelResult.unknown("BAD_RESPONSE_SIGNATURE", operation + ": " + ex.getMessage());
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return ChannelResult.unknown("MALFORMED_RESPONSE", operation + ": " + ex.getMessage());
		}
	}

	/**
	 * A non-2xx answer: 5xx and 429 are UNKNOWN, other statuses a definitive refusal with
	 * {@code code}.
	 */
	public static <T> ChannelResult<T> httpError(HttpReply reply, String code, String message) {
		if (reply.isServerError()) {
			return ChannelResult.unknown("HTTP_5XX", "status " + reply.status() + " " + code);
		}
		if (reply.status() == 429) {
			return ChannelResult.unknown("RATE_LIMITED", "status 429 " + code);
		}
		if (reply.status() < 400) {
			return ChannelResult.unknown("UNEXPECTED_STATUS", "status " + reply.status());
		}
		return ChannelResult.failure(code, message);
	}

}

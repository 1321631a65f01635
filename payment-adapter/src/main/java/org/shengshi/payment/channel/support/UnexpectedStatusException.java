package org.shengshi.payment.channel.support;

/**
 * A non-2xx answer where the adapter expects none; {@link Guarded} maps it (5xx →
 * UNKNOWN).
 */
public class UnexpectedStatusException extends RuntimeException {

	private final transient HttpReply reply;

	public UnexpectedStatusException(HttpReply reply) {
		super("unexpected HTTP status " + reply.status());
		this.reply = reply;
	}

	public HttpReply reply() {
		return this.reply;
	}

}

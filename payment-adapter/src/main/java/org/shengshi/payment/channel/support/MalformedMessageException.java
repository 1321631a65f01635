package org.shengshi.payment.channel.support;

/**
 * A channel message (response, callback, statement) that cannot be understood.
 */
public class MalformedMessageException extends RuntimeException {

	public MalformedMessageException(String message) {
		super(message);
	}

	public MalformedMessageException(String message, Throwable cause) {
		super(message, cause);
	}

}

package org.shengshi.payment.channel.support;

/**
 * A channel answer whose signature is missing or does not verify: it may not come from
 * the channel, so nothing in it is trusted.
 */
public class UnverifiedResponseException extends RuntimeException {

	public UnverifiedResponseException(String message) {
		super(message);
	}

}

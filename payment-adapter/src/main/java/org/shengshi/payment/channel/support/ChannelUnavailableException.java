package org.shengshi.payment.channel.support;

/**
 * The channel could not be reached or did not answer in time: the outcome is unknown.
 */
public class ChannelUnavailableException extends RuntimeException {

	private final String code;

	public ChannelUnavailableException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/** {@code TIMEOUT} or {@code IO_ERROR}. */
	public String code() {
		return this.code;
	}

}

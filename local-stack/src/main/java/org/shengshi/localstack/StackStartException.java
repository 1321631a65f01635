package org.shengshi.localstack;

/**
 * The stack could not start; the message is one line meant for the person at the
 * terminal.
 */
public class StackStartException extends RuntimeException {

	public StackStartException(String message) {
		super(message);
	}

	public StackStartException(String message, Throwable cause) {
		super(message, cause);
	}

}

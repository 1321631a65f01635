package org.shengshi.identity.realname;

/**
 * The registry did not answer in time or failed. The message never holds personal data.
 */
class RegistryUnavailableException extends RuntimeException {

	RegistryUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

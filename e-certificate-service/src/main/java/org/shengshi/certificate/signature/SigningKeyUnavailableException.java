package org.shengshi.certificate.signature;

/**
 * No key can sign: the department has no active key, or its sealed private key cannot be
 * opened with the configured key-encryption key. A server-side fault, not bad input.
 */
public class SigningKeyUnavailableException extends IllegalStateException {

	public SigningKeyUnavailableException(String message) {
		super(message);
	}

	/** Stable machine code for error responses and logs. */
	public String code() {
		return "SIGNING_KEY_UNAVAILABLE";
	}

}

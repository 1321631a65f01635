package org.shengshi.certificate.identity;

/**
 * identity-service or the token endpoint could not answer (down, slow, 5xx, refused
 * credentials, unknown identity): the event that needed the identity is retried.
 */
public class IdentityUnavailableException extends RuntimeException {

	IdentityUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

package org.shengshi.identity.provider;

/**
 * The identity provider refused or could not be reached.
 */
public class IdentityProviderException extends RuntimeException {

	private final boolean conflict;

	public IdentityProviderException(String message, boolean conflict, Throwable cause) {
		super(message, cause);
		this.conflict = conflict;
	}

	/**
	 * Whether the provider refused because the user already exists.
	 */
	public boolean conflict() {
		return this.conflict;
	}

}

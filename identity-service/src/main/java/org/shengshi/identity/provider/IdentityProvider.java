package org.shengshi.identity.provider;

import java.util.Map;
import java.util.Set;

/**
 * The outside identity provider (Keycloak) where people log in. identity-service creates
 * users there and keeps the attributes tokens carry ({@code loa}, {@code department}).
 */
public interface IdentityProvider {

	/**
	 * Creates an enabled user and answers its subject (user id).
	 * @throws IdentityProviderException with {@code conflict()} true if the username
	 * exists
	 */
	String createUser(String username, Map<String, String> attributes, Set<String> realmRoles);

	/**
	 * Sets (replaces) one attribute of a user.
	 */
	void setAttribute(String subject, String name, String value);

	void assignRealmRole(String subject, String role);

	void removeRealmRole(String subject, String role);

	/**
	 * Deletes a user (compensation when a local step fails after creation).
	 */
	void deleteUser(String subject);

}

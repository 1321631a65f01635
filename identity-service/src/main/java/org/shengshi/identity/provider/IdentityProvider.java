package org.shengshi.identity.provider;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The outside identity provider (Keycloak) where people log in. identity-service creates
 * users there and keeps the attributes tokens carry ({@code loa}, {@code loa_expires_at},
 * {@code department}).
 */
public interface IdentityProvider {

	/**
	 * Creates an enabled user without a password and answers its subject (user id).
	 * @throws IdentityProviderException with {@code conflict()} true if the username
	 * exists
	 */
	default String createUser(String username, Map<String, String> attributes, Set<String> realmRoles) {
		return createUser(username, attributes, realmRoles, null);
	}

	/**
	 * Creates an enabled user, with a (non-temporary) password when one is given, and
	 * answers its subject (user id). Either the user exists with all its roles
	 * afterwards, or not at all.
	 * @throws IdentityProviderException with {@code conflict()} true if the username
	 * exists
	 */
	String createUser(String username, Map<String, String> attributes, Set<String> realmRoles,
			@Nullable String password);

	/**
	 * Sets (replaces) one attribute of a user.
	 */
	default void setAttribute(String subject, String name, String value) {
		setAttributes(subject, Map.of(name, value));
	}

	/**
	 * Sets (replaces) several attributes of a user in one update; the others are kept.
	 */
	void setAttributes(String subject, Map<String, String> attributes);

	void assignRealmRole(String subject, String role);

	void removeRealmRole(String subject, String role);

	/**
	 * Deletes a user (compensation when a local step fails after creation).
	 */
	void deleteUser(String subject);

}

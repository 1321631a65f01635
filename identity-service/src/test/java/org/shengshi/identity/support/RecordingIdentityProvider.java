package org.shengshi.identity.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.shengshi.identity.provider.IdentityProvider;
import org.shengshi.identity.provider.IdentityProviderException;

/**
 * Stands in for Keycloak (an outside system) in service tests: keeps users in memory,
 * records every call, and can be told to fail.
 */
public class RecordingIdentityProvider implements IdentityProvider {

	private final Map<String, User> users = new ConcurrentHashMap<>();

	private final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

	private volatile boolean down;

	private volatile String nextSubject;

	/**
	 * The subject the next created user gets (instead of a random one).
	 */
	public void nextSubjectIs(String subject) {
		this.nextSubject = subject;
	}

	public void goDown() {
		this.down = true;
	}

	public void comeBack() {
		this.down = false;
	}

	public User user(String subject) {
		return this.users.get(subject);
	}

	public User userNamed(String username) {
		return this.users.values().stream().filter((u) -> u.username.equals(username)).findFirst().orElse(null);
	}

	public List<String> calls() {
		return List.copyOf(this.calls);
	}

	@Override
	public String createUser(String username, Map<String, String> attributes, Set<String> realmRoles, String password) {
		record("createUser " + username);
		if (userNamed(username) != null) {
			throw new IdentityProviderException("exists", true, null);
		}
		String subject = (this.nextSubject != null) ? this.nextSubject : UUID.randomUUID().toString();
		this.nextSubject = null;
		User user = new User(subject, username);
		user.attributes.putAll(attributes);
		user.roles.addAll(realmRoles);
		user.password = password;
		this.users.put(user.subject, user);
		return user.subject;
	}

	@Override
	public void setAttributes(String subject, Map<String, String> attributes) {
		attributes.forEach((name, value) -> record("setAttribute " + subject + " " + name + "=" + value));
		existing(subject).attributes.putAll(attributes);
	}

	@Override
	public void assignRealmRole(String subject, String role) {
		record("assignRealmRole " + subject + " " + role);
		existing(subject).roles.add(role);
	}

	@Override
	public void removeRealmRole(String subject, String role) {
		record("removeRealmRole " + subject + " " + role);
		existing(subject).roles.remove(role);
	}

	@Override
	public void deleteUser(String subject) {
		record("deleteUser " + subject);
		this.users.remove(subject);
	}

	/**
	 * Registers a user that exists in the provider already (like a signed-up resident).
	 */
	public User register(String subject, String username) {
		User user = new User(subject, username);
		this.users.put(subject, user);
		return user;
	}

	private void record(String call) {
		if (this.down) {
			throw new IdentityProviderException("down", false, null);
		}
		this.calls.add(call);
	}

	private User existing(String subject) {
		User user = this.users.get(subject);
		if (user == null) {
			throw new IdentityProviderException("404", false, null);
		}
		return user;
	}

	/**
	 * A user as the provider holds it.
	 */
	public static final class User {

		public final String subject;

		public final String username;

		public final Map<String, String> attributes = new ConcurrentHashMap<>();

		public final Set<String> roles = ConcurrentHashMap.newKeySet();

		public volatile String password;

		User(String subject, String username) {
			this.subject = subject;
			this.username = username;
		}

	}

}

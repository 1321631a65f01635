package org.shengshi.certificate.signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one issuing department: at most one active key signs, every key (active or
 * retired) verifies. Immutable; {@link #rotate} returns the next ring.
 */
public final class KeyRing implements KeyLookup {

	private final String departmentCode;

	private final List<IssuerKey> keys;

	/**
	 * @param departmentCode issuing department
	 * @param keys its keys, all of that department, distinct ids, at most one active
	 */
	public KeyRing(String departmentCode, Collection<IssuerKey> keys) {
		this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
		List<IssuerKey> sorted = new ArrayList<>(keys);
		sorted.sort(Comparator.comparing(IssuerKey::createdAt).thenComparing(IssuerKey::kid));
		Set<String> kids = new HashSet<>();
		for (IssuerKey key : sorted) {
			if (!key.departmentCode().equals(departmentCode)) {
				throw new IllegalArgumentException("key " + key.kid() + " belongs to another department");
			}
			if (!kids.add(key.kid())) {
				throw new IllegalArgumentException("duplicate key id " + key.kid());
			}
		}
		if (sorted.stream().filter(IssuerKey::isActive).count() > 1) {
			throw new IllegalArgumentException("a department has at most one active signing key");
		}
		this.keys = List.copyOf(sorted);
	}

	/** A department without keys yet. */
	public static KeyRing empty(String departmentCode) {
		return new KeyRing(departmentCode, List.of());
	}

	public String departmentCode() {
		return this.departmentCode;
	}

	/** All keys, oldest first. */
	public List<IssuerKey> keys() {
		return this.keys;
	}

	/** The key that signs new certificates, if any. */
	public Optional<IssuerKey> active() {
		return this.keys.stream().filter(IssuerKey::isActive).findFirst();
	}

	@Override
	public Optional<IssuerKey> find(String kid) {
		return this.keys.stream().filter((key) -> key.kid().equals(kid)).findFirst();
	}

	/**
	 * The ring after rotating to {@code next}: the current active key retires at
	 * {@code at} and {@code next} becomes the active key.
	 * @param next a new, active key of this department
	 * @param at retirement time of the current key
	 * @return the new ring
	 */
	public KeyRing rotate(IssuerKey next, Instant at) {
		if (!next.isActive()) {
			throw new IllegalArgumentException("the next key must be active");
		}
		if (find(next.kid()).isPresent()) {
			throw new IllegalArgumentException("key " + next.kid() + " is already in the ring");
		}
		List<IssuerKey> rotated = new ArrayList<>();
		for (IssuerKey key : this.keys) {
			rotated.add(key.retire(at));
		}
		rotated.add(next);
		return new KeyRing(this.departmentCode, rotated);
	}

	/** Every key's public form, for the anonymous keys endpoint. */
	public List<PublicJwk> published() {
		return this.keys.stream().map(IssuerKey::publicJwk).toList();
	}

}

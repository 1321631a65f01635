package org.shengshi.certificate.disclosure;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the holder agrees to disclose in one presentation: a verifier purpose (all the
 * fields that purpose may see), an explicit set of fields, or both (those fields, for
 * that purpose only). Fields are kept sorted so equal disclosures serialise equally.
 *
 * @param purpose verifier purpose code, or {@code null}
 * @param fields explicit field names; empty means "everything the purpose allows"
 */
public record Disclosure(String purpose, Set<String> fields) {

	/** Most fields one disclosure may name. */
	public static final int MAX_FIELDS = 64;

	private static final Pattern PURPOSE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	public Disclosure {
		if (purpose != null && !PURPOSE.matcher(purpose).matches()) {
			throw new IllegalArgumentException("purpose is an UPPER_SNAKE_CASE code");
		}
		TreeSet<String> sorted = new TreeSet<>();
		for (String field : (fields != null) ? fields : Set.<String>of()) {
			if (field == null || !FIELD.matcher(field).matches()) {
				throw new IllegalArgumentException("field names are lower camel case");
			}
			sorted.add(field);
		}
		if (sorted.size() > MAX_FIELDS) {
			throw new IllegalArgumentException("at most " + MAX_FIELDS + " fields");
		}
		if (purpose == null && sorted.isEmpty()) {
			throw new IllegalArgumentException("a disclosure names a purpose or at least one field");
		}
		fields = Collections.unmodifiableSortedSet(sorted);
	}

	/** Everything the purpose allows. */
	public static Disclosure forPurpose(String purpose) {
		return new Disclosure(purpose, Set.of());
	}

	/**
	 * Exactly these fields, for whichever purpose the verifier declares (if it allows
	 * them).
	 */
	public static Disclosure ofFields(Collection<String> fields) {
		return new Disclosure(null, Set.copyOf(fields));
	}

	/** Exactly these fields, and only for this purpose. */
	public static Disclosure of(String purpose, Collection<String> fields) {
		return new Disclosure(purpose, Set.copyOf(fields));
	}

	/** Whether a purpose is named. */
	public boolean hasPurpose() {
		return this.purpose != null;
	}

}

package org.shengshi.catalog.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * An order-independent digest of which item versions an index holds. A replica compares
 * its index's fingerprint with one computed the same way from the database's published
 * versions and rebuilds when they differ, which bounds how long a lost event can leave it
 * stale.
 *
 * @param documents number of items
 * @param digest sum (mod 2^64) of the first 8 bytes of SHA-256 of {@code id:version}
 */
public record IndexFingerprint(int documents, long digest) {

	/** The fingerprint of the given item id → published version pairs. */
	public static IndexFingerprint of(Map<String, Integer> versionsById) {
		long sum = 0;
		for (Map.Entry<String, Integer> entry : versionsById.entrySet()) {
			sum += hash64(entry.getKey() + ":" + entry.getValue());
		}
		return new IndexFingerprint(versionsById.size(), sum);
	}

	/**
	 * The first 8 bytes of SHA-256 of {@code text}: the same on every replica, for
	 * order-independent sums.
	 */
	public static long hash64(String text) {
		byte[] hash = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
		long head = 0;
		for (int i = 0; i < 8; i++) {
			head = (head << 8) | (hash[i] & 0xFF);
		}
		return head;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}

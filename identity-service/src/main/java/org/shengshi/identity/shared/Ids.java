package org.shengshi.identity.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Opaque, time-ordered, non-guessable identifiers (UUIDv7: 48-bit milliseconds, 74 random
 * bits).
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static String newId() {
		long millis = System.currentTimeMillis();
		long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}

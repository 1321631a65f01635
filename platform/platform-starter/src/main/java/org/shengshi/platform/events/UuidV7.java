package org.shengshi.platform.events;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds followed by random bits, so ids
 * sort by creation time and cannot be guessed.
 */
final class UuidV7 {

	private static final SecureRandom RANDOM = new SecureRandom();

	private UuidV7() {
	}

	static UUID at(Instant time) {
		long millis = time.toEpochMilli();
		long mostSignificant = (millis << 16) | 0x7000L | RANDOM.nextInt(1 << 12);
		long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant);
	}

}

package org.shengshi.cases.casefile;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Time-ordered, non-guessable ids (UUIDv7): keyset pagination on the id follows filing
 * order.
 */
final class CaseIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private CaseIds() {
	}

	static String at(Instant time) {
		long millis = time.toEpochMilli();
		long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}

package org.shengshi.payment.order;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUIDv7 order ids (time ordered); the out trade number is the id without dashes (32
 * characters, accepted by every channel).
 */
public final class OrderIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OrderIds() {
	}

	public static String newId(Instant now) {
		long millis = now.toEpochMilli();
		long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	public static String outTradeNo(String id) {
		return id.replace("-", "");
	}

}

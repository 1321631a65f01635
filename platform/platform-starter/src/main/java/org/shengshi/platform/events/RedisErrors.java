package org.shengshi.platform.events;

/**
 * Recognises Redis error replies (such as {@code NOGROUP}) in exceptions, whichever layer
 * wrapped them.
 */
final class RedisErrors {

	private static final int MAX_DEPTH = 10;

	private RedisErrors() {
	}

	static boolean hasCode(Throwable ex, String code) {
		Throwable current = ex;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			String message = current.getMessage();
			if (message != null && message.contains(code)) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

}

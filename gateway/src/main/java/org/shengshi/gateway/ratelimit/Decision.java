package org.shengshi.gateway.ratelimit;

/**
 * The answer of a bucket: allowed, or denied with the wait until a token is back.
 *
 * @param allowed whether the request may go on
 * @param retryAfterMillis when denied, milliseconds until the next token
 */
record Decision(boolean allowed, long retryAfterMillis) {

	static final Decision ALLOWED = new Decision(true, 0);

	static Decision denied(long retryAfterMillis) {
		return new Decision(false, Math.max(1, retryAfterMillis));
	}

	/**
	 * Whole seconds for {@code Retry-After}, rounded up, at least 1.
	 */
	long retryAfterSeconds() {
		return Math.max(1, (this.retryAfterMillis + 999) / 1000);
	}

}

package org.shengshi.e2e.load;

import java.io.IOException;
import java.util.function.LongFunction;

/**
 * One unit of work of a load phase, numbered {@code n} so a phase can vary keywords,
 * items or users. Usually one request; a user action of several requests (show a QR code,
 * then verify it) is one call whose latency covers all of them.
 */
@FunctionalInterface
interface Call {

	/**
	 * Performs the call and answers its outcome: the final HTTP status, or why it failed.
	 */
	String perform(long n, Connections http) throws IOException;

	/** {@code GET} of the {@code n}th url with the {@code n}th bearer (or none). */
	static Call get(LongFunction<String> url, LongFunction<String> bearer) {
		return (n, http) -> String.valueOf(http.get(url.apply(n), bearer.apply(n)).status());
	}

}

package org.shengshi.e2e.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
	String perform(long n, HttpClient http) throws IOException, InterruptedException;

	static Call of(LongFunction<HttpRequest> request) {
		return (n, http) -> String
			.valueOf(http.send(request.apply(n), HttpResponse.BodyHandlers.discarding()).statusCode());
	}

}

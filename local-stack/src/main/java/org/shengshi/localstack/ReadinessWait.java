package org.shengshi.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Polls an HTTP URL until it answers as expected, the child process dies, or the time is
 * up. Every wait is bounded.
 */
final class ReadinessWait {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration DOT_EVERY = Duration.ofSeconds(5);

	/** An answer that says "never" (secured, missing) is trusted after this long. */
	private static final Duration HOPELESS_AFTER = Duration.ofSeconds(15);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private ReadinessWait() {
	}

	/**
	 * @return the body of the first response that {@code ready} accepts
	 */
	static String await(URI uri, Predicate<HttpResponse<String>> ready, Duration timeout, ChildProcess process,
			Progress.Step step) {
		return await(uri, ready, timeout, HOPELESS_AFTER, process, step);
	}

	static String await(URI uri, Predicate<HttpResponse<String>> ready, Duration timeout, Duration hopelessAfter,
			ChildProcess process, Progress.Step step) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long nextDot = System.nanoTime() + DOT_EVERY.toNanos();
		long hopelessSince = 0;
		while (System.nanoTime() < deadline) {
			if (process != null && !process.isAlive()) {
				throw failure(process, process.name() + " exited with code " + process.exitCode() + " while starting");
			}
			HttpResponse<String> response = get(uri);
			if (response != null && ready.test(response)) {
				return response.body();
			}
			if (response != null && isHopeless(response.statusCode())) {
				hopelessSince = (hopelessSince == 0) ? System.nanoTime() : hopelessSince;
				if (System.nanoTime() - hopelessSince > hopelessAfter.toNanos()) {
					String who = (process != null) ? process.name() : "the server";
					throw failure(process, who + " answers " + response.statusCode() + " on " + uri
							+ " (it must answer without a token)");
				}
			}
			else {
				hopelessSince = 0;
			}
			if (System.nanoTime() >= nextDot) {
				step.dot();
				nextDot += DOT_EVERY.toNanos();
			}
			sleep();
		}
		String what = (process != null) ? process.name() : uri.toString();
		throw failure(process, what + " was not ready within " + timeout.toSeconds() + " s");
	}

	/**
	 * 401, 403 and 404 do not turn into 200 by waiting: the endpoint is secured or
	 * missing.
	 */
	static boolean isHopeless(int status) {
		return status == 401 || status == 403 || status == 404;
	}

	static boolean isOk(HttpResponse<String> response) {
		return response.statusCode() == 200;
	}

	private static StackStartException failure(ChildProcess process, String message) {
		if (process == null) {
			return new StackStartException(message);
		}
		List<String> tail = process.logTail(15);
		String shown = tail.isEmpty() ? ""
				: System.lineSeparator() + "  | " + String.join(System.lineSeparator() + "  | ", tail);
		return new StackStartException(message + ": see " + process.logFile() + shown);
	}

	private static HttpResponse<String> get(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStartException("Interrupted while waiting for " + uri);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStartException("Interrupted while starting");
		}
	}

}

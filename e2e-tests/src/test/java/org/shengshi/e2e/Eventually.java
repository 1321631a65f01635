package org.shengshi.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, bounded in time, for something the platform does asynchronously (an event
 * consumed by another service): polls every 250 ms and fails with the last answer seen.
 */
final class Eventually {

	private Eventually() {
	}

	static <T> T await(String what, Duration limit, Supplier<T> poll, Predicate<T> done) {
		long deadline = System.nanoTime() + limit.toNanos();
		T last = poll.get();
		while (!done.test(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what + "; last seen: " + last);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what, ex);
			}
			last = poll.get();
		}
		return last;
	}

}

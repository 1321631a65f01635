package org.shengshi.payment.callback;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a write that may lose to lock contention (an InnoDB deadlock victim or lock wait
 * timeout: {@link TransientDataAccessException}, whose transaction was rolled back) again
 * after a short randomised pause, a bounded number of times. Only for writes that are
 * safe to repeat: every apply path re-reads and decides through its state machine, so a
 * repeat after an unseen commit is a duplicate and changes nothing.
 */
final class ContentionBackoff {

	private static final Logger log = LoggerFactory.getLogger(ContentionBackoff.class);

	/** At most this many tries; the pauses add up to well under two seconds. */
	static final int MAX_TRIES = 8;

	private static final long FIRST_PAUSE_MILLIS = 5;

	private static final long LONGEST_PAUSE_MILLIS = 250;

	private ContentionBackoff() {
	}

	/**
	 * The write's result, or the last transient failure once {@link #MAX_TRIES} tries
	 * were lost.
	 */
	static <T> T retry(String what, Supplier<T> write) {
		TransientDataAccessException last = null;
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			try {
				return write.get();
			}
			catch (TransientDataAccessException ex) {
				last = ex;
				log.info("{} lost to lock contention ({}: {}), try {} of {}", what, ex.getClass().getSimpleName(),
						ex.getMostSpecificCause().getMessage(), attempt + 1, MAX_TRIES);
				pause(attempt);
			}
		}
		throw last;
	}

	/** Exponential pause with full jitter, so colliding callers spread out. */
	static void pause(int attempt) {
		long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 10));
		try {
			Thread.sleep(1 + ThreadLocalRandom.current().nextLong(ceiling));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to retry", ex);
		}
	}

}

package org.shengshi.platform.idempotency;

import java.time.Duration;
import java.util.Locale;

/**
 * Decides what a request with an idempotency key does: run (it reserved the key), replay
 * the stored response, or be refused (another body, or the first request still running
 * after the bounded wait).
 */
final class IdempotencyGate {

	private final IdempotencyStore store;

	private final Duration wait;

	private final Duration pollInterval;

	IdempotencyGate(IdempotencyStore store, IdempotencyProperties properties) {
		this.store = store;
		this.wait = properties.inProgressWait();
		this.pollInterval = properties.pollInterval();
	}

	/**
	 * @return the reservation to run under, or the stored response to replay
	 * @throws org.springframework.web.ErrorResponseException 422 for another body, 409
	 * when the first request is still running
	 * @throws org.springframework.dao.DataAccessException when Redis failed
	 */
	Decision decide(String key, String requestHash, Locale locale) {
		long polls = this.wait.toMillis() / this.pollInterval.toMillis();
		for (long poll = 0; poll <= polls + 1; poll++) {
			Reservation reservation = this.store.tryReserve(key, requestHash);
			if (reservation != null) {
				return new Decision(reservation, null);
			}
			StoredResponse existing = this.store.find(key);
			if (existing == null) {
				continue;
			}
			if (!existing.requestHash().equals(requestHash)) {
				throw IdempotencyProblems.reused(locale);
			}
			if (existing.finished()) {
				return new Decision(null, existing);
			}
			if (poll < polls) {
				sleep();
			}
			else {
				break;
			}
		}
		throw IdempotencyProblems.inProgress(locale, this.pollInterval.multipliedBy(10));
	}

	private void sleep() {
		try {
			Thread.sleep(this.pollInterval.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for an idempotent request", ex);
		}
	}

	/**
	 * Exactly one of the two is set.
	 */
	record Decision(Reservation reservation, StoredResponse replay) {
	}

}

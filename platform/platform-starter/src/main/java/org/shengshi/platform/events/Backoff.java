package org.shengshi.platform.events;

import java.time.Duration;

/**
 * Exponential pause after consecutive failures, from {@code initial} doubling up to
 * {@code max}.
 */
final class Backoff {

	private final Duration initial;

	private final Duration max;

	private Duration current;

	Backoff(Duration initial, Duration max) {
		this.initial = initial;
		this.max = max;
	}

	Duration next() {
		this.current = (this.current == null) ? this.initial : this.current.multipliedBy(2);
		if (this.current.compareTo(this.max) > 0) {
			this.current = this.max;
		}
		return this.current;
	}

	/**
	 * Ends the failure streak.
	 * @return whether there was one
	 */
	boolean reset() {
		boolean wasFailing = this.current != null;
		this.current = null;
		return wasFailing;
	}

	boolean failing() {
		return this.current != null;
	}

}

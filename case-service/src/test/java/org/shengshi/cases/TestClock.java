package org.shengshi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's time source in tests: the system clock unless a test sets an instant (and
 * resets it afterwards). Lets SLA tests accept a case on a known day.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	public void set(Instant instant) {
		this.fixed.set(instant);
	}

	public void reset() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the service clock is UTC");
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed.get();
		return (at != null) ? at : Instant.now();
	}

}

package org.shengshi.payment.sweep;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shengshi.payment.sweep.*}. An order whose channel answers is resolved at the
 * latest one {@code interval} after its expiry (queried, then closed at the channel);
 * while the channel does not answer, every sweep tries again.
 *
 * @param enabled run the scheduled sweep in this instance
 * @param interval pause between sweeps (the bound on the time to resolve after expiry)
 * @param queryAfter orders awaiting payment longer than this are queried at the channel
 * @param batchSize orders per sweep
 */
@ConfigurationProperties("shengshi.payment.sweep")
record SweepSettings(Boolean enabled, Duration interval, Duration queryAfter, Integer batchSize) {

	SweepSettings {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		interval = (interval != null) ? interval : Duration.ofMinutes(1);
		queryAfter = (queryAfter != null) ? queryAfter : Duration.ofMinutes(2);
		batchSize = (batchSize != null) ? batchSize : 200;
		if (interval.isNegative() || interval.isZero() || batchSize < 1) {
			throw new IllegalArgumentException("shengshi.payment.sweep.interval and batch-size must be positive");
		}
	}

}

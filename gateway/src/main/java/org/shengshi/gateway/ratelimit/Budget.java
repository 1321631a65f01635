package org.shengshi.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A token bucket: up to {@code limit} requests at once, refilled at {@code limit} per
 * {@code period}. A limit of 0 means no limit.
 *
 * @param limit bucket size and refill per period
 * @param period the refill period
 */
public record Budget(@Min(0) int limit, @NotNull @DefaultValue("1s") Duration period) {

	public Budget {
		if (period == null || period.toMillis() < 1) {
			throw new IllegalArgumentException("a rate-limit period must be at least 1ms");
		}
	}

	boolean unlimited() {
		return this.limit == 0;
	}

	long periodMillis() {
		return this.period.toMillis();
	}

}

package org.shengshi.payment.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shengshi.payment.*} for orders.
 *
 * @param orderTtl how long a payer may pay when the caller does not say (30 minutes)
 * @param maxOrderTtl the longest expiry a caller may ask for (24 hours)
 */
@ConfigurationProperties("shengshi.payment")
record OrderSettings(Duration orderTtl, Duration maxOrderTtl) {

	OrderSettings {
		orderTtl = (orderTtl != null) ? orderTtl : Duration.ofMinutes(30);
		maxOrderTtl = (maxOrderTtl != null) ? maxOrderTtl : Duration.ofHours(24);
	}

}

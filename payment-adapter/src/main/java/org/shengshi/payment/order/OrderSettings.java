package org.shengshi.payment.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shengshi.payment.*} for orders.
 *
 * @param orderTtl how long a payer may pay when the caller does not say (30 minutes)
 * @param maxOrderTtl the longest expiry a caller may ask for (24 hours)
 * @param preOrderTimeout how long a pre-order may be waiting for the channel's answer (15
 * seconds, longer than any channel's connect plus read timeout); an order still
 * {@code CREATED} after that had no answer, and is answered 503 until the sweep placed it
 */
@ConfigurationProperties("shengshi.payment")
record OrderSettings(Duration orderTtl, Duration maxOrderTtl, Duration preOrderTimeout) {

	OrderSettings {
		orderTtl = (orderTtl != null) ? orderTtl : Duration.ofMinutes(30);
		maxOrderTtl = (maxOrderTtl != null) ? maxOrderTtl : Duration.ofHours(24);
		preOrderTimeout = (preOrderTimeout != null) ? preOrderTimeout : Duration.ofSeconds(15);
	}

}

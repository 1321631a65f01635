package org.shengshi.payment.sweep;

import java.time.Clock;
import java.time.Instant;

import org.shengshi.payment.refund.RefundService;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No refund left in doubt: refunds not final for {@code query-after} are queried at their
 * channel every {@code interval}; one the channel never received is sent again with the
 * same refund number. So a refund whose channel answers is resolved at the latest
 * {@code query-after + interval} after it was requested.
 */
@Component
class RefundSweeper {

	private final RefundService refunds;

	private final SweepSettings settings;

	private final Clock clock;

	RefundSweeper(RefundService refunds, SweepSettings settings, Clock clock) {
		this.refunds = refunds;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${shengshi.payment.sweep.interval:1m}",
			initialDelayString = "${shengshi.payment.sweep.interval:1m}")
	void scheduledSweep() {
		if (this.settings.enabled()) {
			sweepOnce(this.clock.instant());
		}
	}

	/** One pass; returns how many refunds were looked at. */
	int sweepOnce(Instant now) {
		return this.refunds.sweepOnce(now.minus(this.settings.queryAfter()), this.settings.batchSize());
	}

}

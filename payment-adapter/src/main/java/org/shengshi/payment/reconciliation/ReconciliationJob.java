package org.shengshi.payment.reconciliation;

import java.time.Clock;
import java.time.LocalDate;

import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.channel.PaymentChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run: yesterday (Asia/Shanghai) for every configured channel, at
 * {@code shengshi.payment.reconciliation.cron} (10:30 Beijing time by default: WeChat Pay
 * publishes the bill after 10:00). A channel whose statement is not available is logged
 * and can be run again by an operator
 * ({@code POST /api/v1/payments/reconciliation/runs}).
 */
@Component
class ReconciliationJob {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

	private final ReconciliationService reconciliation;

	private final Channels channels;

	private final Clock clock;

	private final boolean enabled;

	ReconciliationJob(ReconciliationService reconciliation, Channels channels, Clock clock,
			@Value("${shengshi.payment.reconciliation.enabled:true}") boolean enabled) {
		this.reconciliation = reconciliation;
		this.channels = channels;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(cron = "${shengshi.payment.reconciliation.cron:0 30 10 * * *}", zone = "Asia/Shanghai")
	void daily() {
		if (this.enabled) {
			runAll(LocalDate.now(this.clock.withZone(ReconciliationService.SHANGHAI)).minusDays(1));
		}
	}

	/**
	 * Reconciles every configured channel for {@code date}; returns how many succeeded.
	 */
	int runAll(LocalDate date) {
		int done = 0;
		for (PaymentChannel channel : this.channels.all()) {
			try {
				this.reconciliation.run(channel.id(), date);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("reconciliation of {} for {} not done: {}", channel.id(), date, ex.getMessage());
			}
		}
		return done;
	}

}

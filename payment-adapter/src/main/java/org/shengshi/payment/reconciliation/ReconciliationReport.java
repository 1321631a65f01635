package org.shengshi.payment.reconciliation;

import java.time.LocalDate;
import java.util.List;

import org.shengshi.payment.channel.ChannelId;

/**
 * The result of reconciling one channel for one day.
 *
 * @param channel the channel
 * @param date the statement day
 * @param statementLines lines on the channel statement
 * @param matched lines that agree with the ledger
 * @param discrepancies every difference found, ordered by type then order number
 */
public record ReconciliationReport(ChannelId channel, LocalDate date, int statementLines, int matched,
		List<Discrepancy> discrepancies) {

	public ReconciliationReport {
		discrepancies = List.copyOf(discrepancies);
	}

	/** The differences safe to repair without a person. */
	public List<Discrepancy> autoRepairable() {
		return this.discrepancies.stream().filter(Discrepancy::autoRepairable).toList();
	}

	public long count(DiscrepancyCategory category) {
		return this.discrepancies.stream().filter((d) -> d.category() == category).count();
	}

	public boolean isBalanced() {
		return this.discrepancies.isEmpty();
	}

}

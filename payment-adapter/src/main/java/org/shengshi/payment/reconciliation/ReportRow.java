package org.shengshi.payment.reconciliation;

import java.time.Instant;
import java.time.LocalDate;

import org.shengshi.payment.channel.ChannelId;

/**
 * A {@code reconciliation_report} row; {@code discrepancies} is the JSON array of the
 * report's discrepancies.
 */
record ReportRow(String id, ChannelId channel, LocalDate statementDate, String status, int discrepancyCount,
		int repairedCount, String discrepancies, Instant createdAt) {

}

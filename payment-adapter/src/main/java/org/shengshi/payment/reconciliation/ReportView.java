package org.shengshi.payment.reconciliation;

import java.time.Instant;
import java.time.LocalDate;

import org.shengshi.payment.channel.ChannelId;
import tools.jackson.databind.JsonNode;

/**
 * A stored reconciliation report.
 *
 * @param discrepancies the discrepancies found: type, category, order and amounts
 */
public record ReportView(String id, ChannelId channel, LocalDate statementDate, String status, int discrepancyCount,
		int repairedCount, JsonNode discrepancies, Instant createdAt) {

}

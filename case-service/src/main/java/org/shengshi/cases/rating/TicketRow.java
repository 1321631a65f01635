package org.shengshi.cases.rating;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code rectification_ticket}. */
record TicketRow(String id, String caseId, String departmentCode, String itemCode, LocalDate openedOn, LocalDate dueOn,
		String badIndicators, String fallbackYears, String status, String answer, String answeredBy,
		Instant answeredAt) {
}

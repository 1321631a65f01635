package org.shengshi.cases.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A rectification ticket as the department sees it.
 *
 * @param id ticket id
 * @param caseId the rated case
 * @param itemCode the item
 * @param openedOn day of the rating
 * @param dueOn 15th working day after it
 * @param badIndicators indicators rated 1 or 2
 * @param calendarFallbackYears years counted Monday to Friday for want of a notice
 * @param status {@code OPEN} or {@code ANSWERED}
 * @param answer the department's answer
 * @param answeredAt when answered
 */
record TicketView(String id, String caseId, String itemCode, LocalDate openedOn, LocalDate dueOn,
		List<String> badIndicators, List<Integer> calendarFallbackYears, String status, String answer,
		Instant answeredAt) {

	static TicketView of(TicketRow row) {
		return new TicketView(row.id(), row.caseId(), row.itemCode(), row.openedOn(), row.dueOn(),
				split(row.badIndicators()), split(row.fallbackYears()).stream().map(Integer::valueOf).toList(),
				row.status(), row.answer(), row.answeredAt());
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}

package org.shengshi.cases.rating;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The stored rating and, for a rating of 1 or 2, the ticket it opened.
 *
 * @param caseId the case
 * @param overall overall level
 * @param rectificationTicketId the ticket, if opened
 * @param rectificationDueOn when the department must answer (15 working days)
 * @param calendarFallbackYears years counted Monday to Friday for want of a notice
 */
record RatingResult(String caseId, int overall, String rectificationTicketId, LocalDate rectificationDueOn,
		SortedSet<Integer> calendarFallbackYears) {
}

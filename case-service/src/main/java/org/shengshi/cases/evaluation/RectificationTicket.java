package org.shengshi.cases.evaluation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 差评整改: the department must answer a bad rating by the due date.
 *
 * @param openedOn the rating day (Asia/Shanghai), day 0
 * @param dueOn the 15th working day after it
 * @param badIndicators indicators rated 1 or 2, overall first
 * @param fallbackYears years counted Monday to Friday for want of a notice
 */
public record RectificationTicket(LocalDate openedOn, LocalDate dueOn, List<Indicator> badIndicators,
		SortedSet<Integer> fallbackYears) {

	public RectificationTicket {
		badIndicators = List.copyOf(badIndicators);
		fallbackYears = Collections.unmodifiableSortedSet(new TreeSet<>(fallbackYears));
	}

	public boolean calendarComplete() {
		return this.fallbackYears.isEmpty();
	}

}

package org.shengshi.cases.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An answer of the working-day calendar with the years for which no notice was in the
 * data, so Monday to Friday had to be assumed. Callers must tell the user and log it when
 * {@link #calendarComplete()} is false, and recompute once the year is loaded.
 *
 * @param <T> the value computed
 * @param value the answer
 * @param fallbackYears years counted as plain Monday-to-Friday weeks
 */
public record CalendarResult<T>(T value, SortedSet<Integer> fallbackYears) {

	public CalendarResult {
		fallbackYears = Collections.unmodifiableSortedSet(new TreeSet<>(fallbackYears));
	}

	public static <T> CalendarResult<T> of(T value, Collection<Integer> fallbackYears) {
		return new CalendarResult<>(value, new TreeSet<>(fallbackYears));
	}

	public boolean calendarComplete() {
		return this.fallbackYears.isEmpty();
	}

}

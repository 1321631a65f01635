package org.shengshi.cases.calendar;

import java.util.List;

/**
 * The holiday data is unreadable or inconsistent. Thrown at load time so a service with
 * bad calendar data does not start; lists every problem found, not only the first.
 */
public class CalendarDataException extends IllegalStateException {

	private final List<String> problems;

	CalendarDataException(String origin, List<String> problems) {
		super("holiday calendar data from " + origin + " is invalid: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}

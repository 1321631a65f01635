package org.shengshi.cases.calendar;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * One holiday period of a notice, both ends inclusive, e.g. 春节 2025-01-28 to 2025-02-04.
 */
public record Holiday(String name, LocalDate from, LocalDate to) {

	Stream<LocalDate> dates() {
		return this.from.datesUntil(this.to.plusDays(1));
	}

}

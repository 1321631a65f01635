package org.shengshi.cases.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The State Council notice for one year: its holidays and the weekend days that are
 * working days (调休上班). {@code reference} is the document number when known,
 * {@code source} says where the text was checked and what could not be confirmed.
 */
public record HolidayNotice(int year, String title, String reference, LocalDate issuedOn, String source,
		List<Holiday> holidays, List<LocalDate> adjustedWorkingDays) {

	public HolidayNotice {
		// null elements are kept so that validation can report them instead of failing
		// here
		holidays = (holidays != null) ? Collections.unmodifiableList(new ArrayList<>(holidays)) : List.of();
		adjustedWorkingDays = (adjustedWorkingDays != null)
				? Collections.unmodifiableList(new ArrayList<>(adjustedWorkingDays)) : List.of();
	}

}

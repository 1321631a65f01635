package org.shengshi.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.sla.SlaClock;
import org.shengshi.cases.sla.SlaPolicy;
import org.shengshi.cases.sla.SlaStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Due-soon and overdue lists of a department: selected by the stored due and warning
 * dates, then each clock is read now with today's calendar, so the answer says when a
 * year was counted without its holiday notice.
 */
@Service
class SlaQueries {

	static final int MAX_ROWS = 200;

	private static final Logger log = LoggerFactory.getLogger(SlaQueries.class);

	private final CaseMapper cases;

	private final WorkingDayCalendar calendar;

	private final SlaPolicy policy;

	private final JsonMapper json;

	private final Clock clock;

	SlaQueries(CaseMapper cases, WorkingDayCalendar calendar, SlaPolicy policy, JsonMapper json, Clock clock) {
		this.cases = cases;
		this.calendar = calendar;
		this.policy = policy;
		this.json = json;
		this.clock = clock;
	}

	List<DueCase> dueSoon(String department) {
		Instant now = this.clock.instant();
		return read(this.cases.listDueSoon(department, ChinaTime.dateOf(now), MAX_ROWS), now);
	}

	List<DueCase> overdue(String department) {
		Instant now = this.clock.instant();
		return read(this.cases.listOverdue(department, ChinaTime.dateOf(now), MAX_ROWS), now);
	}

	private List<DueCase> read(List<CaseRow> rows, Instant now) {
		List<DueCase> due = rows.stream()
			.map((row) -> DueCase.of(row, clockOf(row).read(now, this.calendar, this.policy)))
			.toList();
		due.stream()
			.filter((d) -> !d.calendarFallbackYears().isEmpty())
			.findFirst()
			.ifPresent((d) -> log.warn("Due dates counted Monday to Friday for years {} (no holiday notice)",
					d.calendarFallbackYears()));
		return due;
	}

	private SlaClock clockOf(CaseRow row) {
		return this.json.readValue(row.slaClock, SlaClock.class);
	}

}

package org.shengshi.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.lifecycle.ActorRole;
import org.shengshi.cases.sla.SlaClock;
import org.shengshi.cases.sla.SlaPolicy;
import org.shengshi.cases.sla.SlaStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes stored due dates when holiday notices arrive. Every clock write stores the
 * years its due date was counted Monday to Friday for want of a notice
 * ({@code case_file.calendar_fallback_years}); at start, each open clocked case with such
 * a year now covered by the calendar (or not recorded yet) is read again as it was stored
 * (at its last clock event) with the loaded calendar. A due date that moves is stored
 * ({@code UPDATE … WHERE version=?}: a case changed meanwhile is skipped, its transition
 * read the new calendar), with a timeline entry for the applicant and a log line. Running
 * it again changes nothing. A stored clock that cannot be read is logged and skipped.
 */
@Component
class DueDateRecompute {

	static final String ACTION = "RECOMPUTE_DUE_DATE";

	static final int BATCH = 500;

	private static final int MAX_BATCHES = 10_000;

	private static final Logger log = LoggerFactory.getLogger(DueDateRecompute.class);

	private final CaseMapper cases;

	private final TimelineMapper timeline;

	private final WorkingDayCalendar calendar;

	private final SlaPolicy policy;

	private final JsonMapper json;

	private final TransactionTemplate tx;

	private final Clock clock;

	DueDateRecompute(CaseMapper cases, TimelineMapper timeline, WorkingDayCalendar calendar, SlaPolicy policy,
			JsonMapper json, TransactionTemplate tx, Clock clock) {
		this.cases = cases;
		this.timeline = timeline;
		this.calendar = calendar;
		this.policy = policy;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		try {
			Outcome outcome = recompute(this.calendar);
			log.info("Holiday calendar covers years {}: due dates recomputed for {} of {} open cases ({} skipped)",
					this.calendar.notices().keySet(), outcome.recomputed(), outcome.examined(), outcome.skipped());
		}
		catch (RuntimeException ex) {
			log.error("Due dates were not recomputed at start; stored due dates stay as they were", ex);
		}
	}

	/** Reads every candidate case again with the calendar; bounded keyset batches. */
	Outcome recompute(WorkingDayCalendar with) {
		int examined = 0;
		int recomputed = 0;
		int skipped = 0;
		String afterId = "";
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			List<CaseRow> rows = this.cases.listRecomputable(afterId, BATCH);
			for (CaseRow row : rows) {
				examined++;
				switch (recomputeOne(row, with)) {
					case RECOMPUTED -> recomputed++;
					case SKIPPED -> skipped++;
					case UNCHANGED -> {
					}
				}
			}
			if (rows.size() < BATCH) {
				break;
			}
			afterId = rows.get(rows.size() - 1).id;
		}
		return new Outcome(examined, recomputed, skipped);
	}

	private Result recomputeOne(CaseRow row, WorkingDayCalendar with) {
		SortedSet<Integer> before;
		SlaStatus status;
		try {
			before = years(row.calendarFallbackYears);
			if (before != null && before.stream().noneMatch(with::covers)) {
				return Result.UNCHANGED;
			}
			status = this.json.readValue(row.slaClock, SlaClock.class).readAsStored(with, this.policy);
		}
		catch (RuntimeException ex) {
			log.warn("Case {}: its stored clock cannot be read ({}); due date not recomputed", row.id,
					ex.getClass().getSimpleName());
			return Result.SKIPPED;
		}
		String after = text(status.fallbackYears());
		boolean moved = !Objects.equals(status.dueDate(), row.dueDate)
				|| !Objects.equals(status.warningFrom(), row.warningFrom);
		if (!moved && after.equals(row.calendarFallbackYears)) {
			return Result.UNCHANGED;
		}
		Boolean stored = this.tx.execute((tx) -> store(row, status, after, moved, before));
		return Boolean.TRUE.equals(stored) ? (moved ? Result.RECOMPUTED : Result.UNCHANGED) : Result.SKIPPED;
	}

	private boolean store(CaseRow row, SlaStatus status, String years, boolean moved, SortedSet<Integer> before) {
		if (this.cases.updateDueDates(row.id, row.version, status.dueDate(), status.warningFrom(), years) != 1) {
			return false;
		}
		if (moved) {
			Instant now = this.clock.instant();
			String covered = (before != null) ? before.stream()
				.filter((year) -> !status.fallbackYears().contains(year))
				.map(String::valueOf)
				.collect(Collectors.joining("、")) + "年" : "";
			this.timeline.insert(new TimelineEntry(CaseIds.at(now), row.id, ACTION, row.status, row.status,
					Actor.SYSTEM.subject(), ActorRole.SYSTEM.name(), "原期限 " + row.dueDate,
					"已收录" + covered + "国务院节假日安排，办理期限重新计算为 " + status.dueDate(), now));
			log.info("Case {}: due date recomputed with the holiday calendar, {} -> {}", row.id, row.dueDate,
					status.dueDate());
		}
		return true;
	}

	/** {@code null} when the row predates the column (not recorded). */
	static SortedSet<Integer> years(String text) {
		if (text == null) {
			return null;
		}
		return Arrays.stream(text.split(","))
			.filter((part) -> !part.isBlank())
			.map(Integer::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static String text(SortedSet<Integer> years) {
		return years.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/**
	 * What one run did.
	 *
	 * @param examined open clocked cases read
	 * @param recomputed cases whose due date moved
	 * @param skipped unreadable clocks and cases changed meanwhile
	 */
	record Outcome(int examined, int recomputed, int skipped) {
	}

	private enum Result {

		RECOMPUTED, UNCHANGED, SKIPPED

	}

}

package org.shengshi.cases.casefile;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shengshi.cases.CaseServiceSupport;
import org.shengshi.cases.TestClock;
import org.shengshi.cases.calendar.Holiday;
import org.shengshi.cases.calendar.HolidayNotice;
import org.shengshi.cases.calendar.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored due dates counted Monday to Friday for want of the 2027 notice are recomputed,
 * once, when a calendar with 2027 is loaded; on real MariaDB, cases filed over HTTP.
 */
class DueDateRecomputeIT extends CaseServiceSupport {

	@Autowired
	private DueDateRecompute recompute;

	@Autowired
	private WorkingDayCalendar builtIn;

	@Autowired
	private CaseMapper cases;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void dueDatesCountedWithoutTheNoticeMoveOnceItArrivesAndOnlyThen() {
		String resident = newSubject();
		// a consultation (5 working days) filed Monday 2026-12-28: 12-29, 12-30, 12-31,
		// 01-01 (no 2027 notice: a Friday counts), 01-04
		this.clock.set(Instant.parse("2026-12-28T02:00:00Z"));
		String consultation = fileConsultation(resident, "440100-GA");
		this.clock.reset();
		String suspended = acceptedThenSuspended();
		CaseRow unreadable = unreadableClock();
		assertThat(due(consultation)).isEqualTo("2027-01-04");
		assertThat(due(suspended)).isEqualTo("2027-01-07");
		assertThat(storedYears(consultation)).isEqualTo("2027");

		DueDateRecompute.Outcome withoutNotice = this.recompute.recompute(this.builtIn);

		assertThat(due(consultation)).isEqualTo("2027-01-04");
		assertThat(recomputeEntries(consultation)).isZero();
		assertThat(withoutNotice.skipped()).isPositive();

		DueDateRecompute.Outcome withNotice = this.recompute.recompute(with2027());

		// 2027-01-01..03 are now holidays: each due date moves by one working day
		assertThat(due(consultation)).isEqualTo("2027-01-05");
		assertThat(due(suspended)).isEqualTo("2027-01-08");
		assertThat(storedYears(consultation)).isEmpty();
		assertThat(withNotice.recomputed()).isGreaterThanOrEqualTo(2);
		assertThat(this.cases.findById(unreadable.id).dueDate).isEqualTo(unreadable.dueDate);
		JsonNode last = recomputeEntry(consultation, resident);
		assertThat(last.path("action").asString()).isEqualTo(DueDateRecompute.ACTION);
		assertThat(last.path("label").asString()).isEqualTo("已收录2027年国务院节假日安排，办理期限重新计算为 2027-01-05");
		assertThat(last.path("opinion").asString()).isEqualTo("原期限 2027-01-04");

		this.recompute.recompute(with2027());

		assertThat(recomputeEntries(consultation)).isOne();
		assertThat(recomputeEntries(suspended)).isOne();
		this.clock.set(Instant.parse("2026-12-30T02:00:00Z"));
		HttpResponse<String> resumed = act(suspended, officer("o-rc", DEPT), 3, "RESUME", null);
		assertThat(resumed.statusCode()).as("recomputing is not a transition: the version stays").isEqualTo(200);
	}

	/** A fee item (10 working days) accepted Thursday 2026-12-24, suspended 12-28. */
	private String acceptedThenSuspended() {
		String id = submitted(newSubject(), FEE_ITEM).path("id").asString();
		this.clock.set(Instant.parse("2026-12-24T02:00:00Z"));
		assertThat(act(id, officer("o-rc", DEPT), 1, "ACCEPT", null).statusCode()).isEqualTo(200);
		this.clock.set(Instant.parse("2026-12-28T02:00:00Z"));
		HttpResponse<String> paused = act(id, officer("o-rc", DEPT), 2, "SUSPEND", "\"procedure\":\"HEARING\"");
		assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
		this.clock.reset();
		return id;
	}

	private CaseRow unreadableClock() {
		CaseRow row = this.cases.findById(submitted(newSubject(), FREE_ITEM).path("id").asString());
		this.jdbc.update("UPDATE case_file SET status = 'ACCEPTED', sla_clock = '{\"pauses\":[]}', "
				+ "due_date = '2027-01-04', calendar_fallback_years = NULL WHERE id = ?", row.id);
		return this.cases.findById(row.id);
	}

	private WorkingDayCalendar with2027() {
		List<HolidayNotice> notices = new ArrayList<>(this.builtIn.notices().values());
		notices.add(new HolidayNotice(2027, "2027年部分节假日安排（测试数据）", null, LocalDate.of(2026, 11, 1), "test",
				List.of(new Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3))), List.of()));
		return WorkingDayCalendar.of(notices);
	}

	private String fileConsultation(String resident, String department) {
		HttpResponse<String> filed = post("/api/v1/cases/inquiries", resident(resident),
				"{\"kind\":\"CONSULTATION\",\"departmentCode\":\"%s\",\"topic\":\"年底办理\",\"question\":\"元旦前能办完吗？\"}"
					.formatted(department),
				UUID.randomUUID().toString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return json(filed).path("id").asString();
	}

	private String due(String id) {
		return String.valueOf(this.cases.findById(id).dueDate);
	}

	private String storedYears(String id) {
		return this.cases.findById(id).calendarFallbackYears;
	}

	private int recomputeEntries(String id) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM case_timeline WHERE case_id = ? AND action = ?",
				Integer.class, id, DueDateRecompute.ACTION);
	}

	private JsonNode recomputeEntry(String id, String resident) {
		return json(get("/api/v1/cases/" + id + "/timeline", resident(resident))).valueStream()
			.filter((entry) -> DueDateRecompute.ACTION.equals(entry.path("action").asString()))
			.findFirst()
			.orElseThrow();
	}

}

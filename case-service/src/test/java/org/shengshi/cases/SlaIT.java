package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates from acceptance on the holiday calendar; due-soon and overdue lists per
 * department.
 */
class SlaIT extends CaseServiceSupport {

	private static final String OFFICE = "440100-SLA";

	@Autowired
	private TestClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void dueDateSkipsNationalDayAndCountsTheAdjustedSaturday() {
		CatalogStub.shared().item("ITEM-SLA-ND", 1, "PUBLISHED", OFFICE, 5, 0);
		String id = walkIn("ITEM-SLA-ND");
		// 2026-09-30 (Wed): day 0; 10-01..07 holidays; 10-08 (Thu), 10-09 (Fri), 10-10
		// (Sat, adjusted), 10-12, 10-13
		this.clock.set(Instant.parse("2026-09-30T02:00:00Z"));
		HttpResponse<String> accepted = act(id, officer("o-sla", OFFICE), 1, "ACCEPT", null);

		assertThat(json(accepted).path("dueDate").asString()).as(accepted.body()).isEqualTo("2026-10-13");
	}

	@Test
	void suspensionMovesTheDueDate() {
		CatalogStub.shared().item("ITEM-SLA-P", 1, "PUBLISHED", OFFICE, 5, 0);
		String id = walkIn("ITEM-SLA-P");
		this.clock.set(Instant.parse("2026-03-02T02:00:00Z"));
		assertThat(json(act(id, officer("o-sla", OFFICE), 1, "ACCEPT", null)).path("dueDate").asString())
			.isEqualTo("2026-03-09");
		this.clock.set(Instant.parse("2026-03-03T02:00:00Z"));
		act(id, officer("o-sla", OFFICE), 2, "SUSPEND", "\"procedure\":\"EXPERT_REVIEW\"");
		this.clock.set(Instant.parse("2026-03-05T02:00:00Z"));
		HttpResponse<String> resumed = act(id, officer("o-sla", OFFICE), 3, "RESUME", null);

		assertThat(json(resumed).path("dueDate").asString()).as(resumed.body()).isEqualTo("2026-03-11");
	}

	@Test
	void dueSoonAndOverdueListTheDepartmentsRunningCases() {
		CatalogStub.shared().item("ITEM-SLA-L", 1, "PUBLISHED", OFFICE, 5, 0);
		String soon = walkIn("ITEM-SLA-L");
		String late = walkIn("ITEM-SLA-L");
		this.clock.set(Instant.parse("2026-03-02T02:00:00Z"));
		act(soon, officer("o-sla", OFFICE), 1, "ACCEPT", null);
		this.clock.set(Instant.parse("2026-02-24T02:00:00Z"));
		act(late, officer("o-sla", OFFICE), 1, "ACCEPT", null);
		this.clock.set(Instant.parse("2026-03-06T02:00:00Z"));

		JsonNode dueSoon = json(get("/api/v1/cases/queue/due-soon", officer("o-sla", OFFICE)));
		JsonNode overdue = json(get("/api/v1/cases/queue/overdue", officer("o-sla", OFFICE)));

		assertThat(dueSoon.findValuesAsString("id")).contains(soon).doesNotContain(late);
		assertThat(dueSoon.findValuesAsString("slaState")).containsOnly("WARNING");
		assertThat(overdue.findValuesAsString("id")).contains(late).doesNotContain(soon);
		assertThat(overdue.findValuesAsString("slaLabel")).containsOnly("已超期");
		assertThat(json(get("/api/v1/cases/queue/overdue", officer("o-x", OTHER_DEPT))).findValuesAsString("id"))
			.doesNotContain(late);
		assertProblem(get("/api/v1/cases/queue/overdue", resident(newSubject())), 403, "ACCESS_DENIED");
	}

	@Test
	void aYearWithoutItsNoticeIsCountedMondayToFridayAndSaidSo() {
		CatalogStub.shared().item("ITEM-SLA-F", 1, "PUBLISHED", OFFICE, 5, 0);
		String id = walkIn("ITEM-SLA-F");
		this.clock.set(Instant.parse("2027-03-01T02:00:00Z"));
		act(id, officer("o-sla", OFFICE), 1, "ACCEPT", null);
		this.clock.set(Instant.parse("2027-03-12T02:00:00Z"));

		JsonNode overdue = json(get("/api/v1/cases/queue/overdue", officer("o-sla", OFFICE)));
		JsonNode entry = null;
		for (JsonNode candidate : overdue) {
			if (candidate.path("caseSummary").path("id").asString().equals(id)) {
				entry = candidate;
			}
		}
		assertThat(entry).as(overdue.toString()).isNotNull();
		assertThat(entry.path("dueDate").asString()).isEqualTo("2027-03-08");
		assertThat(entry.path("calendarFallbackYears").get(0).asInt()).isEqualTo(2027);
		assertThat(entry.path("calendarNotice").asString()).contains("2027");
	}

	private String walkIn(String item) {
		this.clock.reset();
		HttpResponse<String> response = post("/api/v1/cases/walk-ins", officer("o-sla", OFFICE),
				newCase(item, form("天河区", "新办")), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).path("id").asString();
	}

}

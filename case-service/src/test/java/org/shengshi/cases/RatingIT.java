package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 好差评: one rating per concluded case, bad ratings open tickets, departments answer and
 * see statistics.
 */
class RatingIT extends CaseServiceSupport {

	private static final String OFFICE = "440100-RT";

	@Autowired
	private TestClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void oneStarOpensATicketDueInFifteenWorkingDaysThatTheDepartmentAnswers() {
		String resident = newSubject();
		String id = completed(resident);
		this.clock.set(Instant.parse("2026-03-02T02:00:00Z"));

		HttpResponse<String> rated = rate(id, resident,
				"{\"ratings\":{\"OVERALL\":1,\"EFFICIENCY\":2,\"CONVENIENCE\":4}," + "\"comment\":\"等了很久\"}");

		assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
		assertThat(json(rated).path("rectificationDueOn").asString()).isEqualTo("2026-03-23");
		String ticketId = json(rated).path("rectificationTicketId").asString();
		assertProblem(rate(id, resident, "{\"ratings\":{\"OVERALL\":5}}"), 409, "EVALUATION_ALREADY_SUBMITTED");

		JsonNode open = json(get("/api/v1/cases/rectifications?status=OPEN", officer("o-rt", OFFICE)));
		assertThat(open.findValuesAsString("id")).contains(ticketId);
		assertThat(json(get("/api/v1/cases/rectifications", officer("o-x", OTHER_DEPT))).findValuesAsString("id"))
			.doesNotContain(ticketId);
		assertProblem(post("/api/v1/cases/rectifications/" + ticketId + "/answer", officer("o-x", OTHER_DEPT),
				"{\"answer\":\"已整改\"}", null), 404, "RECTIFICATION_NOT_FOUND");

		HttpResponse<String> answered = post("/api/v1/cases/rectifications/" + ticketId + "/answer",
				jwt().staff("a-rt", OFFICE, "dept_admin").bearer(), "{\"answer\":\"已优化受理流程\"}", null);
		assertThat(json(answered).path("status").asString()).as(answered.body()).isEqualTo("ANSWERED");
		assertThat(json(answered).path("badIndicators").toString()).contains("OVERALL", "EFFICIENCY")
			.doesNotContain("CONVENIENCE");
		assertProblem(post("/api/v1/cases/rectifications/" + ticketId + "/answer", officer("o-rt", OFFICE),
				"{\"answer\":\"再答\"}", null), 409, "RECTIFICATION_ALREADY_ANSWERED");
	}

	@Test
	void onlyTheApplicantRatesAndOnlyAConcludedCase() {
		String resident = newSubject();
		String open = walkIn(resident);
		assertProblem(rate(open, resident, "{\"ratings\":{\"OVERALL\":5}}"), 409, "EVALUATION_NOT_ALLOWED");
		String done = completed(resident);
		assertProblem(rate(done, newSubject(), "{\"ratings\":{\"OVERALL\":5}}"), 404, "CASE_NOT_FOUND");
		assertProblem(rate(done, resident, "{\"ratings\":{\"OVERALL\":6}}"), 400, "EVALUATION_INVALID");
		assertProblem(rate(done, resident, "{\"ratings\":{\"EFFICIENCY\":5}}"), 400, "EVALUATION_INVALID");
		assertProblem(rate(done, resident, "{\"ratings\":{\"SPEED\":5}}"), 400, "MALFORMED_JSON");
	}

	@Test
	void statisticsPerDepartmentAndItem() {
		CatalogStub.shared().item("ITEM-ST", 1, "PUBLISHED", "440100-ST", 5, 0);
		String first = newSubject();
		String second = newSubject();
		assertThat(rate(completed(first, "ITEM-ST", "440100-ST"), first, "{\"ratings\":{\"OVERALL\":1}}").statusCode())
			.isEqualTo(201);
		assertThat(
				rate(completed(second, "ITEM-ST", "440100-ST"), second, "{\"ratings\":{\"OVERALL\":5}}").statusCode())
			.isEqualTo(201);

		JsonNode stats = json(
				get("/api/v1/cases/evaluations/stats", jwt().staff("a", "440100-ST", "dept_admin").bearer()));

		assertThat(stats.path("department").path("ratings").asLong()).isEqualTo(2);
		assertThat(stats.path("department").path("averageOverallPercent").asLong()).isEqualTo(300);
		assertThat(stats.path("department").path("bad").asLong()).isEqualTo(1);
		assertThat(stats.path("items").get(0).path("key").asString()).isEqualTo("ITEM-ST");
		assertProblem(get("/api/v1/cases/evaluations/stats", resident(first)), 403, "ACCESS_DENIED");
	}

	private HttpResponse<String> rate(String id, String resident, String body) {
		return post("/api/v1/cases/" + id + "/evaluation", resident(resident), body, UUID.randomUUID().toString());
	}

	private String walkIn(String resident) {
		return walkIn(resident, "ITEM-RT", OFFICE);
	}

	private String walkIn(String resident, String item, String office) {
		CatalogStub.shared().item(item, 1, "PUBLISHED", office, 5, 0);
		HttpResponse<String> response = post("/api/v1/cases/walk-ins", officer("o-rt", office),
				newCase(item, form("天河区", "新办")).replace("}}", "},\"applicantSubject\":\"" + resident + "\"}"), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response).path("id").asString();
	}

	private String completed(String resident) {
		return completed(resident, "ITEM-RT", OFFICE);
	}

	private String completed(String resident, String item, String office) {
		String id = walkIn(resident, item, office);
		String[] actions = { "ACCEPT", "START_REVIEW", "APPROVE", "COMPLETE" };
		for (int i = 0; i < actions.length; i++) {
			assertThat(act(id, officer("o-rt", office), i + 1, actions[i], null).statusCode()).isEqualTo(200);
		}
		return id;
	}

}

package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming and assigning cases of a department's work queue, over real HTTP. */
class AssignmentIT extends CaseServiceSupport {

	@Test
	void twoOfficersClaimingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<HttpResponse<String>> first = CompletableFuture
			.supplyAsync(() -> claimAfter(start, id, "o-a"));
		CompletableFuture<HttpResponse<String>> second = CompletableFuture
			.supplyAsync(() -> claimAfter(start, id, "o-b"));
		start.countDown();

		List<HttpResponse<String>> answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		HttpResponse<String> loser = answers.stream().filter((r) -> r.statusCode() == 409).findFirst().orElseThrow();
		assertProblem(loser, 409, "CASE_ALREADY_CLAIMED");
		HttpResponse<String> winner = answers.stream().filter((r) -> r.statusCode() == 200).findFirst().orElseThrow();
		assertThat(json(winner).path("assigneeSubject").asString()).isIn("o-a", "o-b");
	}

	@Test
	void aClaimedCaseShowsInTheOfficersOwnQueueWithKeysetPages() {
		String officer = "o-mine-" + newSubject().substring(0, 8);
		String one = submitted(newSubject(), FREE_ITEM).path("id").asString();
		String two = submitted(newSubject(), FREE_ITEM).path("id").asString();
		submitted(newSubject(), FREE_ITEM);
		assertThat(claim(one, officer, 1).statusCode()).isEqualTo(200);
		assertThat(claim(two, officer, 1).statusCode()).isEqualTo(200);

		JsonNode page = json(get("/api/v1/cases/queue?mine=true&limit=1", officer(officer, DEPT)));
		JsonNode next = json(get("/api/v1/cases/queue?mine=true&limit=1&cursor=" + page.path("nextCursor").asString(),
				officer(officer, DEPT)));

		assertThat(List.of(page.path("items").get(0).path("id").asString(),
				next.path("items").get(0).path("id").asString()))
			.containsExactlyInAnyOrder(one, two);
		assertThat(next.path("nextCursor").isMissingNode() || next.path("nextCursor").isNull()).isTrue();
	}

	@Test
	void theDepartmentAdministratorAssignsAndAStaleVersionIsAConflict() {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();
		String admin = jwt().staff("admin-1", DEPT, "dept_admin").bearer();

		HttpResponse<String> assigned = post("/api/v1/cases/" + id + "/assignment", admin,
				"{\"assignee\":\"o-assigned\",\"version\":1}", null);

		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		assertThat(json(assigned).path("assigneeSubject").asString()).isEqualTo("o-assigned");
		assertProblem(
				post("/api/v1/cases/" + id + "/assignment", admin, "{\"assignee\":\"o-other\",\"version\":1}", null),
				409, "CASE_CONCURRENT_UPDATE");
		assertProblem(claim(id, "o-late", 2), 409, "CASE_ALREADY_CLAIMED");
	}

	@Test
	void anotherDepartmentCannotClaimOrAssign() {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();

		assertProblem(post("/api/v1/cases/" + id + "/claim", officer("o-x", OTHER_DEPT), "{\"version\":1}", null), 404,
				"CASE_NOT_FOUND");
		assertProblem(post("/api/v1/cases/" + id + "/assignment", jwt().staff("a-x", OTHER_DEPT, "dept_admin").bearer(),
				"{\"assignee\":\"o-x\",\"version\":1}", null), 404, "CASE_NOT_FOUND");
		assertThat(post("/api/v1/cases/" + id + "/claim", resident(newSubject()), "{\"version\":1}", null).statusCode())
			.isEqualTo(403);
	}

	private HttpResponse<String> claim(String id, String officer, int version) {
		return post("/api/v1/cases/" + id + "/claim", officer(officer, DEPT), "{\"version\":" + version + "}", null);
	}

	private HttpResponse<String> claimAfter(CountDownLatch start, String id, String officer) {
		try {
			start.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return claim(id, officer, 1);
	}

}

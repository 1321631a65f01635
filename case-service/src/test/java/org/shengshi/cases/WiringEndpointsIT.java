package org.shengshi.cases;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The wiring endpoints of docs/architecture.md: roles, tokens and own-data scoping. */
class WiringEndpointsIT extends CaseServiceSupport {

	@Test
	void residentSeesOwnCasesOnly() {
		String alice = newSubject();
		String bob = newSubject();
		JsonNode mine = submitted(alice, FREE_ITEM);
		JsonNode theirs = submitted(bob, FREE_ITEM);

		HttpResponse<String> response = get("/api/v1/cases", resident(alice));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("items").findValuesAsString("id")).containsExactly(mine.path("id").asString())
			.doesNotContain(theirs.path("id").asString());
	}

	@Test
	void residentListIsKeysetPaginatedNewestFirst() {
		String carol = newSubject();
		String first = submitted(carol, FREE_ITEM).path("id").asString();
		String second = submitted(carol, FREE_ITEM).path("id").asString();
		String third = submitted(carol, FREE_ITEM).path("id").asString();

		JsonNode page1 = json(get("/api/v1/cases?limit=2", resident(carol)));
		JsonNode page2 = json(
				get("/api/v1/cases?limit=2&cursor=" + page1.path("nextCursor").asString(), resident(carol)));

		assertThat(page1.path("items").findValuesAsString("id")).containsExactly(third, second);
		assertThat(page2.path("items").findValuesAsString("id")).containsExactly(first);
		assertThat(page2.has("nextCursor")).isFalse();
	}

	@Test
	void officerQueueShowsOwnDepartmentOnly() {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();

		HttpResponse<String> own = get("/api/v1/cases/queue?status=SUBMITTED&limit=100", officer("o-1", DEPT));
		HttpResponse<String> other = get("/api/v1/cases/queue?limit=100", officer("o-2", OTHER_DEPT));

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(json(own).path("items").findValuesAsString("id")).contains(id);
		assertThat(json(own).path("items").findValuesAsString("departmentCode")).containsOnly(DEPT);
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(json(other).path("items").findValuesAsString("id")).doesNotContain(id);
	}

	@Test
	void queueIsKeysetPaginatedByDueDate() {
		String office = "440100-QP";
		CatalogStub.shared().item("ITEM-QP", 1, "PUBLISHED", office, 5, 0);
		for (int i = 0; i < 3; i++) {
			assertThat(post("/api/v1/cases/walk-ins", officer("o-qp", office), newCase("ITEM-QP", form("地址" + i, "新办")),
					null)
				.statusCode()).isEqualTo(201);
		}
		JsonNode page1 = json(get("/api/v1/cases/queue?limit=2", officer("o-qp", office)));
		JsonNode page2 = json(get("/api/v1/cases/queue?limit=2&cursor=" + page1.path("nextCursor").asString(),
				officer("o-qp", office)));

		assertThat(page1.path("items")).hasSize(2);
		assertThat(page2.path("items")).hasSize(1);
		assertThat(page2.path("items").findValuesAsString("id"))
			.doesNotContainAnyElementsOf(page1.path("items").findValuesAsString("id"));
	}

	@Test
	void noTokenIsUnauthenticated() {
		assertProblem(get("/api/v1/cases", null), 401, "UNAUTHENTICATED");
		assertProblem(get("/api/v1/cases/queue", null), 401, "UNAUTHENTICATED");
	}

	@Test
	void expiredTokenIsUnauthenticated() {
		assertProblem(get("/api/v1/cases", jwt().resident("x").expired().bearer()), 401, "UNAUTHENTICATED");
		assertProblem(get("/api/v1/cases/queue", jwt().staff("o", DEPT, "case_officer").expired().bearer()), 401,
				"UNAUTHENTICATED");
	}

	@Test
	void wrongRoleIsForbidden() {
		assertProblem(get("/api/v1/cases", officer("o-1", DEPT)), 403, "ACCESS_DENIED");
		assertProblem(get("/api/v1/cases/queue", resident(newSubject())), 403, "ACCESS_DENIED");
	}

	@Test
	void badCursorIsABadRequest() {
		assertProblem(get("/api/v1/cases?cursor=bm90LWEtY3Vyc29y", resident(newSubject())), 400, "CASE_CURSOR_INVALID");
		assertProblem(get("/api/v1/cases/queue?limit=0", officer("o-1", DEPT)), 400, "VALIDATION_FAILED");
	}

}

package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class FilingIT extends CaseServiceSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void doubleTapWithOneKeyFilesOneCaseWithACaseNumber() {
		String sub = newSubject();
		String key = UUID.randomUUID().toString();
		String body = newCase(FREE_ITEM, form("天河区1号", "新办"));

		HttpResponse<String> first = post("/api/v1/cases?submit=true", resident(sub), body, key);
		HttpResponse<String> second = post("/api/v1/cases?submit=true", resident(sub), body, key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE applicant_sub = ?", Integer.class, sub))
			.isOne();
		assertThat(json(first).path("caseNumber").asString()).matches("440100-\\d{8}-\\d{6}");
		assertThat(json(first).path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(json(first).path("channel").asString()).isEqualTo("ONLINE");
	}

	@Test
	void draftIsSavedWithoutRequiredFieldsButSubmittedOnlyWithThem() {
		String sub = newSubject();
		HttpResponse<String> draft = post("/api/v1/cases", resident(sub), newCase(FREE_ITEM, "{\"address\":\"天河区\"}"),
				null);
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		String id = json(draft).path("id").asString();
		assertThat(json(draft).path("status").asString()).isEqualTo("DRAFT");

		HttpResponse<String> refused = post("/api/v1/cases/" + id + "/submission", resident(sub), "{\"version\":0}",
				null);
		assertProblem(refused, 400, "CASE_FORM_INVALID");
		assertThat(json(refused).path("errors").findValuesAsString("field")).containsExactly("reason");

		assertThat(put("/api/v1/cases/" + id + "/form", resident(sub),
				"{\"version\":0,\"formValues\":" + form("天河区", "新办") + "}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> submitted = post("/api/v1/cases/" + id + "/submission", resident(sub), "{\"version\":1}",
				null);
		assertThat(json(submitted).path("status").asString()).as(submitted.body()).isEqualTo("SUBMITTED");
	}

	@Test
	void unknownFieldsAndUnknownOrUnpublishedItemsAreRefused() {
		String sub = newSubject();
		assertProblem(
				post("/api/v1/cases?submit=true", resident(sub),
						newCase(FREE_ITEM, "{\"address\":\"a\",\"reason\":\"b\",\"salary\":\"1\"}"), null),
				400, "CASE_FORM_INVALID");
		CatalogStub.shared().unknownItem("ITEM-NONE", 1);
		assertProblem(post("/api/v1/cases", resident(sub), newCase("ITEM-NONE", "{}"), null), 422,
				"ITEM_VERSION_NOT_FOUND");
		CatalogStub.shared().item("ITEM-OLD", 1, "RETIRED", DEPT, 5, 0);
		assertProblem(post("/api/v1/cases", resident(sub), newCase("ITEM-OLD", "{}"), null), 422,
				"ITEM_VERSION_NOT_PUBLISHED");
		CatalogStub.shared().failingItem("ITEM-DOWN", 1);
		assertProblem(post("/api/v1/cases", resident(sub), newCase("ITEM-DOWN", "{}"), null), 503,
				"CATALOG_UNAVAILABLE");
		assertProblem(post("/api/v1/cases", resident(sub), "{\"itemCode\":\"\"}", null), 400, "VALIDATION_FAILED");
	}

	@Test
	void officerFilesAWalkInForOwnDepartmentOnly() {
		HttpResponse<String> walkIn = post("/api/v1/cases/walk-ins", officer("o-w", DEPT),
				newCase(FREE_ITEM, form("天河区", "新办")), null);
		assertThat(walkIn.statusCode()).as(walkIn.body()).isEqualTo(201);
		JsonNode created = json(walkIn);
		assertThat(created.path("channel").asString()).isEqualTo("WINDOW");
		assertThat(created.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("SELECT filed_by_sub FROM case_file WHERE id = ?", String.class,
				created.path("id").asString()))
			.isEqualTo("o-w");

		assertProblem(
				post("/api/v1/cases/walk-ins", officer("o-x", OTHER_DEPT), newCase(FREE_ITEM, form("天河区", "新办")), null),
				403, "CASE_ACTION_FORBIDDEN");
	}

	@Test
	void formValuesAreStoredEncrypted() {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();
		String stored = this.jdbc.queryForObject("SELECT form_values FROM case_file WHERE id = ?", String.class, id);
		assertThat(stored).startsWith("v1.").doesNotContain("天河区");
	}

}

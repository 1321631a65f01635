package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident files for another under a delegation (代办), checked with identity-service
 * (WireMock stand-in of its {@code /delegations/check}).
 */
class DelegateFilingIT extends CaseServiceSupport {

	private static final IdentityStub IDENTITY = IdentityStub.shared();

	@Test
	void aDelegateFilesForTheDelegatorWhoBecomesTheApplicantAndBothSeeTheCase() {
		String elder = newSubject();
		String child = newSubject();
		IDENTITY.activeDelegation(elder, child, FREE_ITEM);

		HttpResponse<String> filed = fileFor(child, elder);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode created = json(filed);
		String id = created.path("id").asString();
		assertThat(created.path("applicantSubject").asString()).isEqualTo(elder);
		assertThat(created.path("filedBySubject").asString()).isEqualTo(child);
		assertThat(created.path("channel").asString()).isEqualTo("DELEGATED");
		assertThat(created.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(get("/api/v1/cases/" + id, resident(elder)).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/cases/" + id, resident(child)).statusCode()).isEqualTo(200);
		assertThat(ids(get("/api/v1/cases", resident(elder)))).contains(id);
		assertThat(ids(get("/api/v1/cases", resident(child)))).contains(id);
		assertThat(get("/api/v1/cases/" + id, resident(newSubject())).statusCode()).isEqualTo(404);
	}

	@Test
	void theTimelineSaysTheDelegateActed() {
		String elder = newSubject();
		String child = newSubject();
		IDENTITY.activeDelegation(elder, child, FREE_ITEM);
		String id = json(fileFor(child, elder)).path("id").asString();

		JsonNode timeline = json(get("/api/v1/cases/" + id + "/timeline", resident(elder)));

		JsonNode submitted = timeline.get(0);
		assertThat(submitted.path("action").asString()).isEqualTo("SUBMIT");
		assertThat(submitted.path("actorRole").asString()).isEqualTo("DELEGATE");
		assertThat(submitted.path("label").asString()).isEqualTo("已提交申请（由代办人代为办理）");
	}

	@Test
	void withoutAnActiveDelegationTheFilingIsForbiddenAndNothingIsStored() {
		String elder = newSubject();
		String stranger = newSubject();

		assertProblem(fileFor(stranger, elder), 403, "DELEGATION_NOT_ACTIVE");
		assertThat(json(get("/api/v1/cases", resident(elder))).path("items").size()).isZero();
		assertThat(json(get("/api/v1/cases", resident(stranger))).path("items").size()).isZero();
	}

	@Test
	void aDelegationForAnotherItemDoesNotCoverThisOne() {
		String elder = newSubject();
		String child = newSubject();
		IDENTITY.activeDelegation(elder, child, FEE_ITEM);

		assertProblem(fileFor(child, elder), 403, "DELEGATION_NOT_ACTIVE");
	}

	@Test
	void identityServiceDownIsAServiceUnavailableProblem() {
		String child = newSubject();
		IDENTITY.downForDelegate(child);

		assertProblem(fileFor(child, newSubject()), 503, "IDENTITY_UNAVAILABLE");
	}

	@Test
	void filingOnBehalfOfOneselfNeedsNoDelegation() {
		String resident = newSubject();

		HttpResponse<String> filed = fileFor(resident, resident);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		assertThat(json(filed).path("channel").asString()).isEqualTo("ONLINE");
		assertThat(IDENTITY.checksBy(resident)).isZero();
	}

	private HttpResponse<String> fileFor(String delegate, String delegator) {
		String body = "{\"itemCode\":\"%s\",\"itemVersion\":1,\"onBehalfOf\":\"%s\",\"formValues\":%s}"
			.formatted(FREE_ITEM, delegator, form("广州市越秀区某路2号", "代办"));
		return post("/api/v1/cases?submit=true", resident(delegate), body, UUID.randomUUID().toString());
	}

	private static java.util.List<String> ids(HttpResponse<String> page) {
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return json(page).path("items").valueStream().map((c) -> c.path("id").asString()).toList();
	}

}

package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CaseActionsIT extends CaseServiceSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void twoOfficersAcceptingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			calls.add(() -> act(id, officer("o-a", DEPT), 1, "ACCEPT", null));
			calls.add(() -> act(id, officer("o-b", DEPT), 1, "ACCEPT", null));
			List<Integer> statuses = new ArrayList<>();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
				responses.add(future.get());
				statuses.add(future.get().statusCode());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			HttpResponse<String> loser = responses.stream().filter((r) -> r.statusCode() == 409).findFirst().get();
			assertProblem(loser, 409, "CASE_CONCURRENT_UPDATE");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(events(id, "case.accepted")).isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM case_timeline WHERE case_id = ? AND action = 'ACCEPT'", Integer.class, id))
			.isOne();
	}

	@Test
	void supplementMayListOnlyMaterialsOfTheItemVersion() {
		String id = submitted(newSubject(), FREE_ITEM).path("id").asString();

		assertProblem(act(id, officer("o-1", DEPT), 1, "REQUEST_SUPPLEMENT", "\"materialCodes\":[\"LEASE\",\"BANK\"]"),
				422, "MATERIAL_NOT_IN_GUIDE");
		HttpResponse<String> ok = act(id, officer("o-1", DEPT), 1, "REQUEST_SUPPLEMENT",
				"\"materialCodes\":[\"LEASE\"],\"opinion\":\"请补充租赁合同\"");
		assertThat(json(ok).path("status").asString()).as(ok.body()).isEqualTo("SUPPLEMENT_REQUESTED");
	}

	@Test
	void acceptanceSetsTheDueDateAndSuspensionAndResumeAreRecorded() {
		String applicant = newSubject();
		String id = submitted(applicant, FREE_ITEM).path("id").asString();
		HttpResponse<String> accepted = act(id, officer("o-1", DEPT), 1, "ACCEPT", "\"opinion\":\"材料齐全\"");
		assertThat(json(accepted).path("dueDate").isMissingNode()).as(accepted.body()).isFalse();
		assertThat(act(id, officer("o-1", DEPT), 2, "SUSPEND", "\"procedure\":\"HEARING\"").statusCode())
			.isEqualTo(200);
		assertThat(json(act(id, officer("o-1", DEPT), 3, "RESUME", null)).path("status").asString())
			.isEqualTo("ACCEPTED");

		HttpResponse<String> timeline = get("/api/v1/cases/" + id + "/timeline", resident(applicant));
		assertThat(json(timeline).findValuesAsString("label")).containsExactly("已提交申请", "已受理", "进入特别程序，暂停计时",
				"特别程序结束，继续办理");
		assertThat(json(timeline).findValuesAsString("opinion")).contains("材料齐全");
		assertProblem(get("/api/v1/cases/" + id + "/timeline", resident(newSubject())), 404, "CASE_NOT_FOUND");
		assertProblem(act(id, officer("o-x", OTHER_DEPT), 4, "START_REVIEW", null), 404, "CASE_NOT_FOUND");
	}

	@Test
	void applicantWithdrawsButCannotAccept() {
		String applicant = newSubject();
		String id = submitted(applicant, FREE_ITEM).path("id").asString();

		assertProblem(act(id, resident(applicant), 1, "ACCEPT", null), 403, "CASE_ACTION_FORBIDDEN");
		assertThat(json(act(id, resident(applicant), 1, "WITHDRAW", null)).path("status").asString())
			.isEqualTo("WITHDRAWN");
		assertProblem(act(id, resident(applicant), 2, "WITHDRAW", null), 409, "CASE_TRANSITION_NOT_ALLOWED");
		assertThat(events(id, "case.withdrawn")).isOne();
	}

	@Test
	void approvedCaseWithAFeeWaitsForPayment() {
		String id = submitted(newSubject(), FEE_ITEM).path("id").asString();
		act(id, officer("o-1", DEPT), 1, "ACCEPT", null);
		act(id, officer("o-1", DEPT), 2, "START_REVIEW", null);
		HttpResponse<String> approved = act(id, officer("o-1", DEPT), 3, "APPROVE", null);

		assertThat(json(approved).path("status").asString()).as(approved.body()).isEqualTo("AWAITING_PAYMENT");
		assertThat(events(id, "case.approved")).isOne();
		assertThat(events(id, "case.payment_requested")).isOne();
		assertProblem(act(id, officer("o-1", DEPT), 5, "DENY", null), 409, "CASE_TRANSITION_NOT_ALLOWED");
	}

	private int events(String caseId, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, caseId, type);
	}

}

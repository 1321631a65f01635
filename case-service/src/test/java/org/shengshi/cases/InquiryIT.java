package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultations and complaints (咨询投诉) over real HTTP on real MariaDB: the working-day
 * clock, the department's queue, IDOR, the answer, and events through the outbox.
 */
class InquiryIT extends CaseServiceSupport {

	private static final String INQUIRIES = "/api/v1/cases/inquiries";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aConsultationIsDueOnTheFifthWorkingDayAcrossNationalDayAndSitsInTheDepartmentsQueue() {
		String department = newDepartment();
		this.clock.set(Instant.parse("2026-09-28T02:00:00Z"));
		JsonNode filed = fileOk(newSubject(), "CONSULTATION", department, null);
		this.clock.reset();

		assertThat(filed.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(filed.path("limitWorkingDays").asInt()).isEqualTo(5);
		// 09-29, 09-30, then 10-01..07 off, 10-08, 10-09 and Saturday 10-10 (调休上班)
		assertThat(filed.path("dueDate").asString()).isEqualTo("2026-10-10");
		assertThat(filed.path("caseNumber").asString()).startsWith("440100-20260928-");
		String id = filed.path("id").asString();
		String officer = officer("o-q", department);
		assertThat(ids(get("/api/v1/cases/queue?kind=CONSULTATION", officer))).containsExactly(id);
		assertThat(ids(get("/api/v1/cases/queue?kind=COMPLAINT", officer))).isEmpty();
		JsonNode overdue = json(get("/api/v1/cases/queue/overdue", officer));
		assertThat(overdue.get(0).path("caseSummary").path("id").asString()).isEqualTo(id);
		assertThat(overdue.get(0).path("slaState").asString()).isEqualTo("OVERDUE");
		assertThat(overdue.get(0).path("caseSummary").path("kind").asString()).isEqualTo("CONSULTATION");
		assertThat(events(id, "consultation.submitted")).isOne();
		assertThat(events(id, "case.submitted")).isZero();
	}

	@Test
	void officersClaimAnswerAndCloseAndTheResidentSeesTheAnswerAndTimeline() {
		String resident = newSubject();
		JsonNode filed = fileOk(resident, "COMPLAINT", DEPT, null);
		String id = filed.path("id").asString();
		assertThat(filed.path("limitWorkingDays").asInt()).isEqualTo(15);
		String officer = officer("o-answer", DEPT);

		assertThat(post("/api/v1/cases/" + id + "/claim", officer, "{\"version\":1}", null).statusCode())
			.isEqualTo(200);
		assertProblem(act(id, officer, 2, "ANSWER", null), 422, "CASE_ANSWER_REQUIRED");
		assertProblem(act(id, officer, 2, "ACCEPT", null), 409, "CASE_TRANSITION_NOT_ALLOWED");
		assertProblem(act(id, resident(resident), 2, "ANSWER", "\"opinion\":\"自己答\""), 403, "CASE_ACTION_FORBIDDEN");
		HttpResponse<String> answered = act(id, officer, 2, "ANSWER", "\"opinion\":\"已责成窗口整改，感谢监督\"");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertProblem(act(id, officer, 3, "ANSWER", "\"opinion\":\"再答一次\""), 409, "CASE_TRANSITION_NOT_ALLOWED");
		assertProblem(act(id, resident(resident), 3, "WITHDRAW", null), 409, "CASE_TRANSITION_NOT_ALLOWED");
		assertThat(act(id, officer, 3, "CLOSE", null).statusCode()).isEqualTo(200);

		JsonNode seen = json(get(INQUIRIES + "/" + id, resident(resident)));
		assertThat(seen.path("status").asString()).isEqualTo("CLOSED");
		assertThat(seen.path("answer").asString()).isEqualTo("已责成窗口整改，感谢监督");
		assertThat(seen.path("question").asString()).isEqualTo("窗口工作人员态度差");
		assertThat(json(get("/api/v1/cases/" + id + "/timeline", resident(resident))).valueStream()
			.map((entry) -> entry.path("label").asString())
			.toList()).containsExactly("已提交，已受理，按承诺时限答复", "已答复", "已办结");
		assertThat(List.of(events(id, "complaint.submitted"), events(id, "complaint.answered"),
				events(id, "complaint.closed")))
			.containsExactly(1, 1, 1);
		assertProblem(act(id, officer, 4, "CLOSE", null), 409, "CASE_TRANSITION_NOT_ALLOWED");
	}

	@Test
	void theResidentMayWithdrawBeforeTheAnswer() {
		String resident = newSubject();
		String id = fileOk(resident, "CONSULTATION", DEPT, null).path("id").asString();

		HttpResponse<String> withdrawn = act(id, resident(resident), 1, "WITHDRAW", null);

		assertThat(json(withdrawn).path("status").asString()).as(withdrawn.body()).isEqualTo("WITHDRAWN");
		assertThat(events(id, "consultation.withdrawn")).isOne();
		assertProblem(act(id, officer("o-late", DEPT), 2, "ANSWER", "\"opinion\":\"迟到的答复\""), 409,
				"CASE_TRANSITION_NOT_ALLOWED");
	}

	@Test
	void twoOfficersAnsweringAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
		String id = fileOk(newSubject(), "CONSULTATION", DEPT, null).path("id").asString();
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<HttpResponse<String>> first = CompletableFuture
			.supplyAsync(() -> answerAfter(start, id, "o-first"));
		CompletableFuture<HttpResponse<String>> second = CompletableFuture
			.supplyAsync(() -> answerAfter(start, id, "o-second"));
		start.countDown();

		List<HttpResponse<String>> answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		HttpResponse<String> loser = answers.stream().filter((r) -> r.statusCode() == 409).findFirst().orElseThrow();
		assertThat(json(loser).path("code").asString()).isIn("CASE_CONCURRENT_UPDATE", "CASE_TRANSITION_NOT_ALLOWED");
		assertThat(events(id, "consultation.answered")).isOne();
	}

	@Test
	void othersSeeNothing() {
		String resident = newSubject();
		String id = fileOk(resident, "CONSULTATION", DEPT, null).path("id").asString();

		assertProblem(get(INQUIRIES + "/" + id, resident(newSubject())), 404, "CASE_NOT_FOUND");
		assertProblem(get(INQUIRIES + "/" + id, officer("o-x", OTHER_DEPT)), 404, "CASE_NOT_FOUND");
		assertProblem(act(id, officer("o-x", OTHER_DEPT), 1, "ANSWER", "\"opinion\":\"越权答复\""), 404, "CASE_NOT_FOUND");
		assertProblem(act(id, resident(newSubject()), 1, "WITHDRAW", null), 404, "CASE_NOT_FOUND");
		assertThat(ids(get("/api/v1/cases/queue?kind=CONSULTATION&limit=100", officer("o-x", OTHER_DEPT))))
			.doesNotContain(id);
		assertThat(get(INQUIRIES + "/" + id, officer("o-in", DEPT)).statusCode()).isEqualTo(200);
		String application = submitted(resident, FREE_ITEM).path("id").asString();
		assertProblem(get(INQUIRIES + "/" + application, resident(resident)), 404, "CASE_NOT_FOUND");
	}

	@Test
	void aComplaintMayNameOnlyTheResidentsOwnApplication() {
		String resident = newSubject();
		String own = submitted(resident, FREE_ITEM).path("id").asString();
		String others = submitted(newSubject(), FREE_ITEM).path("id").asString();

		JsonNode complaint = fileOk(resident, "COMPLAINT", DEPT, own);

		assertThat(complaint.path("relatedCaseId").asString()).isEqualTo(own);
		assertProblem(file(resident, "COMPLAINT", DEPT, others), 404, "CASE_NOT_FOUND");
		assertProblem(file(resident, "CONSULTATION", DEPT, own), 422, "INQUIRY_INVALID");
		assertProblem(file(resident, "COMPLAINT", DEPT, complaint.path("id").asString()), 422, "INQUIRY_INVALID");
	}

	@Test
	void badInputIsAProblemNeverAServerError() {
		String resident = resident(newSubject());
		assertProblem(file(newSubject(), "APPLICATION", DEPT, null), 422, "INQUIRY_INVALID");
		assertProblem(post(INQUIRIES, resident, body("CONSULTATION", "GA", "主题", "内容", null), key()), 400,
				"VALIDATION_FAILED");
		assertProblem(post(INQUIRIES, resident, body("CONSULTATION", DEPT, " ", "内容", null), key()), 400,
				"VALIDATION_FAILED");
		assertProblem(post(INQUIRIES, resident, body("CONSULTATION", DEPT, "主题", "问".repeat(2001), null), key()), 400,
				"VALIDATION_FAILED");
		assertProblem(post(INQUIRIES, resident, body("QUESTION", DEPT, "主题", "内容", null), key()), 400,
				"MALFORMED_JSON");
		assertProblem(post(INQUIRIES, resident, body("COMPLAINT", DEPT, "主题", "内容", "short"), key()), 400,
				"VALIDATION_FAILED");
		assertThat(
				post(INQUIRIES, officer("o-1", DEPT), body("CONSULTATION", DEPT, "主题", "内容", null), key()).statusCode())
			.isEqualTo(403);
		assertThat(post(INQUIRIES, null, body("CONSULTATION", DEPT, "主题", "内容", null), key()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void aDoubleTapFilesOneConsultation() {
		String resident = newSubject();
		String key = key();
		String body = body("CONSULTATION", DEPT, "社保转移", "如何办理社保关系转移？", null);

		String first = json(post(INQUIRIES, resident(resident), body, key)).path("id").asString();
		String second = json(post(INQUIRIES, resident(resident), body, key)).path("id").asString();

		assertThat(second).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE applicant_sub = ?", Integer.class,
				resident))
			.isOne();
	}

	private JsonNode fileOk(String resident, String kind, String department, String relatedCaseId) {
		HttpResponse<String> response = file(resident, kind, department, relatedCaseId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json(response);
	}

	private HttpResponse<String> file(String resident, String kind, String department, String relatedCaseId) {
		String question = "COMPLAINT".equals(kind) ? "窗口工作人员态度差" : "如何办理居住证？";
		return post(INQUIRIES, resident(resident), body(kind, department, "主题", question, relatedCaseId), key());
	}

	private static String body(String kind, String department, String topic, String question, String relatedCaseId) {
		return "{\"kind\":\"%s\",\"departmentCode\":\"%s\",\"topic\":%s,\"question\":%s%s}".formatted(kind, department,
				JSON.writeValueAsString(topic), JSON.writeValueAsString(question),
				(relatedCaseId != null) ? ",\"relatedCaseId\":\"" + relatedCaseId + "\"" : "");
	}

	private HttpResponse<String> answerAfter(CountDownLatch start, String id, String officer) {
		try {
			start.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return act(id, officer(officer, DEPT), 1, "ANSWER", "\"opinion\":\"答复：" + officer + "\"");
	}

	private static List<String> ids(HttpResponse<String> page) {
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return json(page).path("items").valueStream().map((item) -> item.path("id").asString()).toList();
	}

	private int events(String caseId, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, caseId, type);
	}

	private static String newDepartment() {
		return "440100-Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}

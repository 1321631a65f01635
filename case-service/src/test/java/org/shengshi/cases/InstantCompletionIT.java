package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journey 3: an instant case (即办, 养老金领取资格认证) completes when the applicant's face
 * verification holds — on {@code resident.face-verified} from identity-service's real
 * Redis stream, or at once when filed while loa 3 holds.
 */
class InstantCompletionIT extends CaseServiceSupport {

	private static final String STREAM = "shengshi:events:identity-service";

	private static final IdentityStub IDENTITY = IdentityStub.shared();

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void faceVerifiedCompletesOnlyTheSubjectsInstantCasesOnceEvenWhenDeliveredTwice() {
		String elder = newSubject();
		String instant = submitted(elder, INSTANT_ITEM).path("id").asString();
		String ordinary = submitted(elder, FREE_ITEM).path("id").asString();
		String othersInstant = submitted(newSubject(), INSTANT_ITEM).path("id").asString();
		assertThat(status(instant)).isEqualTo("SUBMITTED");
		String eventId = UUID.randomUUID().toString();

		xadd(eventId, elder, Instant.now().plusSeconds(900));
		xadd(eventId, elder, Instant.now().plusSeconds(900));

		await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(instant)));
		await().atMost(Duration.ofSeconds(20)).until(() -> handled(eventId));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> events(instant, "case.completed") == 1);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM case_timeline WHERE case_id = ? AND action = 'COMPLETE_INSTANTLY' AND actor_role = 'SYSTEM'",
				Integer.class, instant))
			.isOne();
		assertThat(status(ordinary)).isEqualTo("SUBMITTED");
		assertThat(status(othersInstant)).isEqualTo("SUBMITTED");
	}

	@Test
	void aFaceVerificationThatNoLongerHoldsCompletesNothing() {
		String elder = newSubject();
		String instant = submitted(elder, INSTANT_ITEM).path("id").asString();
		String eventId = UUID.randomUUID().toString();

		xadd(eventId, elder, Instant.now().minusSeconds(5));

		await().atMost(Duration.ofSeconds(20)).until(() -> handled(eventId));
		assertThat(status(instant)).isEqualTo("SUBMITTED");
	}

	@Test
	void aCaseAnOfficerAlreadyTookIsLeftAlone() {
		String elder = newSubject();
		String taken = submitted(elder, INSTANT_ITEM).path("id").asString();
		String waiting = submitted(elder, INSTANT_ITEM).path("id").asString();
		assertThat(act(taken, officer("o-inst", DEPT), 1, "ACCEPT", null).statusCode()).isEqualTo(200);
		String eventId = UUID.randomUUID().toString();

		xadd(eventId, elder, Instant.now().plusSeconds(900));

		await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(waiting)));
		assertThat(status(taken)).isEqualTo("ACCEPTED");
	}

	@Test
	void aChildFilingUnderDelegationWhileTheElderIsFaceVerifiedCompletesAtOnce() {
		String elder = newSubject();
		String child = newSubject();
		IDENTITY.activeDelegation(elder, child, INSTANT_ITEM);
		IDENTITY.faceVerifiedIdentity(elder, Instant.now().plusSeconds(600));

		HttpResponse<String> filed = fileFor(child, elder);

		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String id = json(filed).path("id").asString();
		assertThat(json(filed).path("status").asString()).isEqualTo("COMPLETED");
		assertThat(status(id)).isEqualTo("COMPLETED");
		assertThat(events(id, "case.completed")).isOne();
	}

	@Test
	void filingWithoutAHoldingFaceVerificationWaitsSubmitted() {
		String expired = newSubject();
		IDENTITY.faceVerifiedIdentity(expired, Instant.now().minusSeconds(1));

		String id = submitted(expired, INSTANT_ITEM).path("id").asString();
		String unknown = submitted(newSubject(), INSTANT_ITEM).path("id").asString();

		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(status(unknown)).isEqualTo("SUBMITTED");
	}

	private HttpResponse<String> fileFor(String delegate, String delegator) {
		String body = "{\"itemCode\":\"%s\",\"itemVersion\":1,\"onBehalfOf\":\"%s\",\"formValues\":{\"reason\":\"代办\"}}"
			.formatted(INSTANT_ITEM, delegator);
		return post("/api/v1/cases?submit=true", resident(delegate), body, UUID.randomUUID().toString());
	}

	private void xadd(String eventId, String subject, Instant loaExpiresAt) {
		String envelope = """
				{"id":"%s","type":"resident.face-verified","source":"identity-service","subject":"%s","time":"%s",
				 "dataVersion":1,"data":{"subject":"%s","loa":3,"loaExpiresAt":"%s","verifiedAt":"%s"},"traceparent":null}
				"""
			.formatted(eventId, subject, Instant.now(), subject, loaExpiresAt, Instant.now());
		this.redis.opsForStream()
			.add(STREAM, Map.of("id", eventId, "type", "resident.face-verified", "event", envelope));
	}

	private String status(String id) {
		return this.jdbc.queryForObject("SELECT status FROM case_file WHERE id = ?", String.class, id);
	}

	private int events(String caseId, String type) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE subject = ? AND type = ?",
				Integer.class, caseId, type);
	}

	private boolean handled(String eventId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?", Integer.class,
				eventId) == 1;
	}

}

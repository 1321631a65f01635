package org.shengshi.certificate.certificates;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.IdentityStub;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events appended to the real Redis streams, consumed by the real consumer group.
 */
class EventIssuanceIT extends ServiceSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private PiiCipher cipher;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CertificateQueries queries;

	private String append(String source, String type, Object data, String eventId) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", eventId);
		envelope.put("type", type);
		envelope.put("source", source);
		envelope.put("subject", "s");
		envelope.put("time", Instant.now().toString());
		envelope.put("dataVersion", 1);
		envelope.put("data", data);
		Map<String, String> fields = Map.of("id", eventId, "type", type, "event", JSON.writeValueAsString(envelope));
		return this.redis.opsForStream().add("shengshi:events:" + source, fields).getValue();
	}

	private int certificatesFrom(String eventId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE source_event_id = ?", Integer.class,
				eventId);
	}

	private boolean handled(String eventId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?", Integer.class,
				eventId) == 1;
	}

	private static Map<String, Object> realnameVerified(String subject, String identityId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subject", subject);
		data.put("identityId", identityId);
		data.put("maskedName", "赵*");
		data.put("maskedIdNumber", "440***********1235");
		data.put("regionCode", "440106");
		data.put("loa", 2);
		data.put("verifiedAt", Instant.now().toString());
		return data;
	}

	private boolean deadLettered(String eventId) {
		return this.redis.opsForStream()
			.range("shengshi:events:dlq:e-certificate-service", Range.unbounded())
			.stream()
			.anyMatch((record) -> eventId.equals(record.getValue().get("id")));
	}

	@Test
	void realNameVerificationReadsTheIdentityByReferenceAndIssuesOneResidentEIdEvenWhenTheEventArrivesTwice() {
		String holder = newSubject();
		String identityId = "idn-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		IdentityStub.shared().knows(identityId, holder, "赵六", "440106198503071235");
		Map<String, Object> data = realnameVerified(holder, identityId);

		append("identity-service", "resident.realname-verified", data, eventId);
		append("identity-service", "resident.realname-verified", data, eventId);

		await().atMost(Duration.ofSeconds(30)).until(() -> certificatesFrom(eventId) == 1 && handled(eventId));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> certificatesFrom(eventId) == 1);
		assertThat(IdentityStub.shared().readsOf(identityId)).isEqualTo(1);
		assertThat(this.queries.wallet(holder)).singleElement().satisfies((summary) -> {
			assertThat(summary.typeCode()).isEqualTo(RESIDENT_E_ID);
			assertThat(summary.holderIdNumber()).isEqualTo("440***********1235");
		});
		StoredCertificate stored = this.queries.load(this.queries.wallet(holder).get(0).id());
		assertThat(stored.fields()).containsEntry("name", "赵六")
			.containsEntry("idNumber", "440106198503071235")
			.containsEntry("gender", "1")
			.containsEntry("birthDate", "1985-03-07");
		assertThat(issuedEventData(stored.row().id()).has("caseId")).isFalse();
	}

	@Test
	void realNameVerificationIsRetriedWhileIdentityServiceIsDownAndIssuesOnceItAnswers() {
		String holder = newSubject();
		String identityId = "idn-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		IdentityStub.shared().isDownFor(identityId);

		append("identity-service", "resident.realname-verified", realnameVerified(holder, identityId), eventId);

		await().atMost(Duration.ofSeconds(30)).until(() -> IdentityStub.shared().readsOf(identityId) >= 2);
		assertThat(certificatesFrom(eventId)).isZero();
		assertThat(handled(eventId)).isFalse();

		IdentityStub.shared().knows(identityId, holder, "周九", "440106199212120028");
		await().atMost(Duration.ofSeconds(30)).until(() -> certificatesFrom(eventId) == 1 && handled(eventId));
		assertThat(this.queries.wallet(holder)).singleElement()
			.satisfies((summary) -> assertThat(summary.typeCode()).isEqualTo(RESIDENT_E_ID));
		assertThat(this.queries.load(this.queries.wallet(holder).get(0).id()).fields()).containsEntry("gender", "2");
	}

	@Test
	void realNameVerificationOfAnIdentityThatIdentityServiceDoesNotKnowEndsInTheDeadLetterStream() {
		String holder = newSubject();
		String identityId = "idn-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		IdentityStub.shared().doesNotKnow(identityId);

		append("identity-service", "resident.realname-verified", realnameVerified(holder, identityId), eventId);

		await().atMost(Duration.ofSeconds(60)).until(() -> deadLettered(eventId));
		assertThat(IdentityStub.shared().readsOf(identityId)).isGreaterThanOrEqualTo(2);
		assertThat(certificatesFrom(eventId)).isZero();
		assertThat(this.queries.wallet(holder)).isEmpty();
	}

	@Test
	void realNameVerificationOfAnIdentityOfAnotherSubjectIssuesNothing() {
		String holder = newSubject();
		String identityId = "idn-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		IdentityStub.shared().knows(identityId, newSubject(), "郑十", "440106199001011237");

		append("identity-service", "resident.realname-verified", realnameVerified(holder, identityId), eventId);

		await().atMost(Duration.ofSeconds(60)).until(() -> deadLettered(eventId));
		assertThat(certificatesFrom(eventId)).isZero();
		assertThat(this.queries.wallet(holder)).isEmpty();
	}

	@Test
	void completedCaseIssuesTheItemsCertificateOnce() {
		String holder = newSubject();
		String eventId = UUID.randomUUID().toString();
		String fields = JSON.writeValueAsString(
				Map.of("name", "钱七", "gender", "2", "idNumber", "440106199202021234", "residenceAddress", "广州市天河区某路2号",
						"permitNumber", "GZ2026-0002", "photoRef", "p-2", "issuedOn", "2026-11-26"));
		Map<String, String> data = Map.of("caseId", "c-1", "itemCode", "11440100MB2C97262F4442111000",
				"certificateType", RESIDENCE_PERMIT, "holderSubject", holder, "fields",
				this.cipher.encrypt(fields, CaseCompletedHandler.FIELDS_AD));

		append("case-service", "case.completed", data, eventId);
		append("case-service", "case.completed", data, eventId);

		await().atMost(Duration.ofSeconds(30)).until(() -> certificatesFrom(eventId) == 1 && handled(eventId));
		assertThat(this.queries.wallet(holder)).singleElement()
			.satisfies((summary) -> assertThat(summary.typeCode()).isEqualTo(RESIDENCE_PERMIT));
		JsonNode issued = issuedEventData(this.queries.wallet(holder).get(0).id());
		assertThat(issued.get("caseId").asString()).isEqualTo("c-1");
		assertThat(issued.get("typeCode").asString()).isEqualTo(RESIDENCE_PERMIT);
		assertThat(issued.get("holderSubject").asString()).isEqualTo(holder);
	}

	private JsonNode issuedEventData(String certificateId) {
		String payload = this.jdbc.queryForObject(
				"SELECT payload FROM event_outbox WHERE type = 'certificate.issued' AND subject = ?", String.class,
				certificateId);
		return JSON.readTree(payload).get("data");
	}

	@Test
	void completedCaseOfAnItemWithoutCertificateIssuesNothing() {
		String holder = newSubject();
		String eventId = UUID.randomUUID().toString();
		append("case-service", "case.completed", Map.of("caseId", "c-2", "itemCode", "x", "holderSubject", holder),
				eventId);

		await().atMost(Duration.ofSeconds(30)).until(() -> handled(eventId));
		assertThat(certificatesFrom(eventId)).isZero();
		assertThat(this.queries.wallet(holder)).isEmpty();
	}

}

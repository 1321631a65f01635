package org.shengshi.certificate.certificates;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Test
	void realNameVerificationIssuesOneResidentEIdEvenWhenTheEventArrivesTwice() {
		String holder = newSubject();
		String eventId = UUID.randomUUID().toString();
		Map<String, String> data = Map.of("subject", holder, "name",
				this.cipher.encrypt("赵六", RealnameVerifiedHandler.NAME_AD), "idNumber",
				this.cipher.encrypt("440106198503071235", RealnameVerifiedHandler.ID_NUMBER_AD));

		append("identity-service", "resident.realname-verified", data, eventId);
		append("identity-service", "resident.realname-verified", data, eventId);

		await().atMost(Duration.ofSeconds(30)).until(() -> certificatesFrom(eventId) == 1 && handled(eventId));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> certificatesFrom(eventId) == 1);
		assertThat(this.queries.wallet(holder)).singleElement().satisfies((summary) -> {
			assertThat(summary.typeCode()).isEqualTo(RESIDENT_E_ID);
			assertThat(summary.holderIdNumber()).isEqualTo("440***********1235");
		});
		StoredCertificate stored = this.queries.load(this.queries.wallet(holder).get(0).id());
		assertThat(stored.fields()).containsEntry("name", "赵六")
			.containsEntry("gender", "1")
			.containsEntry("birthDate", "1985-03-07");
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

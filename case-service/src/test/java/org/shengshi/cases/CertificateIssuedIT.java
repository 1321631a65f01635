package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A completed case of an item that produces a certificate tells e-certificate-service
 * what to issue ({@code case.completed}); {@code certificate.issued} on
 * e-certificate-service's real Redis stream then shows the certificate on the case.
 */
class CertificateIssuedIT extends CaseServiceSupport {

	private static final String STREAM = "shengshi:events:e-certificate-service";

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PiiCipher cipher;

	@Test
	void caseCompletedCarriesTheCertificateTypeHolderAndSealedFields() {
		String resident = newSubject();
		String id = completed(resident);

		JsonNode data = completedEventData(id);
		assertThat(data.path("certificateType").asString()).isEqualTo("RESIDENCE_PERMIT");
		assertThat(data.path("holderSubject").asString()).isEqualTo(resident);
		assertThat(data.path("itemCode").asString()).isEqualTo(PREFILLED_ITEM);
		String fields = data.path("fields").asString();
		assertThat(fields).doesNotContain("张三");
		JsonNode values = JSON.readTree(this.cipher.decrypt(fields, "event.case.completed.fields"));
		assertThat(values.path("name").asString()).isEqualTo("张三");
		assertThat(values.path("residenceAddress").asString()).isEqualTo("广州市天河区某路1号");
	}

	@Test
	void caseCompletedOfAnItemWithoutCertificateCarriesNoFields() {
		String resident = newSubject();
		String id = submitted(resident, FREE_ITEM).path("id").asString();
		complete(id);

		JsonNode data = completedEventData(id);
		assertThat(data.path("certificateType").isNull() || data.path("certificateType").isMissingNode()).isTrue();
		assertThat(data.path("fields").isNull() || data.path("fields").isMissingNode()).isTrue();
	}

	@Test
	void theIssuedCertificateIsShownOnTheCaseOnce() {
		String resident = newSubject();
		String id = completed(resident);
		String eventId = UUID.randomUUID().toString();

		issued(eventId, id, resident, "cert-1");
		issued(eventId, id, resident, "cert-1");

		await().atMost(Duration.ofSeconds(20)).until(() -> handled(eventId));
		JsonNode certificate = json(get("/api/v1/cases/" + id, resident(resident))).path("certificate");
		assertThat(certificate.path("id").asString()).isEqualTo("cert-1");
		assertThat(certificate.path("identifier").asString()).isEqualTo("1.2.156.3005.2.cert-1");
		assertThat(certificate.path("typeCode").asString()).isEqualTo("RESIDENCE_PERMIT");
	}

	@Test
	void aCertificateOfSomeoneElseOrWithoutCaseLeavesTheCaseAlone() {
		String resident = newSubject();
		String id = completed(resident);
		String stranger = UUID.randomUUID().toString();
		String noCase = UUID.randomUUID().toString();

		issued(stranger, id, newSubject(), "cert-x");
		issued(noCase, null, resident, "cert-e-id");

		await().atMost(Duration.ofSeconds(20)).until(() -> handled(stranger) && handled(noCase));
		HttpResponse<String> view = get("/api/v1/cases/" + id, resident(resident));
		assertThat(json(view).has("certificate")).as(view.body()).isFalse();
	}

	private String completed(String resident) {
		String body = """
				{"itemCode":"%s","itemVersion":1,"formValues":{"name":"张三","idNumber":"440106199001011234",
				 "residenceAddress":"广州市天河区某路1号","reason":"新办"}}""".formatted(PREFILLED_ITEM);
		HttpResponse<String> filed = post("/api/v1/cases?submit=true", resident(resident), body,
				UUID.randomUUID().toString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String id = json(filed).path("id").asString();
		complete(id);
		return id;
	}

	private void complete(String id) {
		String officer = officer("o-cert", DEPT);
		String[] actions = { "ACCEPT", "START_REVIEW", "APPROVE", "COMPLETE" };
		for (int i = 0; i < actions.length; i++) {
			HttpResponse<String> response = act(id, officer, i + 1, actions[i], null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
	}

	private JsonNode completedEventData(String caseId) {
		String payload = this.jdbc.queryForObject(
				"SELECT payload FROM event_outbox WHERE subject = ? AND type = 'case.completed'", String.class, caseId);
		JsonNode envelope = JSON.readTree(payload);
		return envelope.has("data") ? envelope.path("data") : envelope;
	}

	private void issued(String eventId, String caseId, String holder, String certificateId) {
		String data = JSON.writeValueAsString(Map.of("certificateId", certificateId, "identifier",
				"1.2.156.3005.2." + certificateId, "typeCode", "RESIDENCE_PERMIT", "holderSubject", holder));
		if (caseId != null) {
			data = data.substring(0, data.length() - 1) + ",\"caseId\":\"" + caseId + "\"}";
		}
		String envelope = """
				{"id":"%s","type":"certificate.issued","source":"e-certificate-service","subject":"%s","time":"%s",
				 "dataVersion":1,"data":%s,"traceparent":null}
				""".formatted(eventId, certificateId, Instant.now(), data);
		this.redis.opsForStream().add(STREAM, Map.of("id", eventId, "type", "certificate.issued", "event", envelope));
	}

	private boolean handled(String eventId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?", Integer.class,
				eventId) == 1;
	}

}

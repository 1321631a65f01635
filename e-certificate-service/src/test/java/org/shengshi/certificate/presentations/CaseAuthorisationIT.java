package org.shengshi.certificate.presentations;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.Http;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.certificate.certificates.IssueCommand;
import org.shengshi.certificate.certificates.Issuance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department reads a certificate during a case only with the holder's authorisation.
 */
class CaseAuthorisationIT extends ServiceSupport {

	private static final String CIVIL_AFFAIRS = "440100-MZ";

	@Autowired
	private Issuance issuance;

	@Autowired
	private CaseAuthorisationMapper mapper;

	@Autowired
	private UseLogMapper useLog;

	private String eIdOf(String holder) {
		return this.issuance
			.issue(new IssueCommand(RESIDENT_E_ID, holder,
					Map.of("name", "吴十", "idNumber", "440106199001011237", "address", "广州市海珠区某路5号"), null, null, "test",
					false))
			.id();
	}

	private Http.Reply grant(String holder, String certificateId, String body, int loa) {
		return http().post("/api/v1/certificates/" + certificateId + "/authorisations", body, "Authorization",
				resident(holder, loa));
	}

	private Http.Reply read(String certificateId, String caseId, String department) {
		return http().get("/api/v1/certificates/" + certificateId + "/case-read?caseId=" + caseId, "Authorization",
				staff(department, "case_officer"));
	}

	@Test
	void authorisedDepartmentReadsWithinThatCaseOnlyAndTheHolderSeesTheRead() {
		String holder = newSubject();
		String id = eIdOf(holder);
		assertThat(read(id, "case-1", CIVIL_AFFAIRS).code()).isEqualTo("CERTIFICATE_READ_NOT_AUTHORISED");

		Http.Reply granted = grant(holder, id, "{\"caseId\":\"case-1\",\"department\":\"" + CIVIL_AFFAIRS + "\"}", 2);
		assertThat(granted.status()).as(granted.body()).isEqualTo(201);

		Http.Reply read = read(id, "case-1", CIVIL_AFFAIRS);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("fields").get("address").asString()).isEqualTo("广州市海珠区某路5号");
		assertThat(read(id, "case-2", CIVIL_AFFAIRS).code()).isEqualTo("CERTIFICATE_READ_NOT_AUTHORISED");
		assertThat(read(id, "case-1", "440100-RS").code()).isEqualTo("CERTIFICATE_READ_NOT_AUTHORISED");

		Http.Reply uses = http().get("/api/v1/certificates/" + id + "/uses", "Authorization", resident(holder, 2));
		assertThat(uses.json()).hasSize(4);
		assertThat(uses.json()).allSatisfy((use) -> {
			assertThat(use.get("userKind").asString()).isEqualTo("DEPARTMENT");
			assertThat(use.get("purpose").asString()).isEqualTo("CASE_MATERIAL");
		});
		List<String> seen = new ArrayList<>();
		uses.json()
			.forEach((use) -> seen.add(use.get("userId").asString() + " " + use.get("caseId").asString() + " "
					+ use.get("outcome").asString()));
		assertThat(seen).containsExactly("440100-RS case-1 CERTIFICATE_READ_NOT_AUTHORISED",
				CIVIL_AFFAIRS + " case-2 CERTIFICATE_READ_NOT_AUTHORISED", CIVIL_AFFAIRS + " case-1 DISCLOSED",
				CIVIL_AFFAIRS + " case-1 CERTIFICATE_READ_NOT_AUTHORISED");
		assertThat(uses.json().get(2).get("fieldsDisclosed").asString()).contains("address");
		assertThat(uses.body()).doesNotContain("广州市海珠区");
	}

	@Test
	void revokedAndExpiredAuthorisationsNoLongerAllowReading() {
		String holder = newSubject();
		String id = eIdOf(holder);
		String authorisation = grant(holder, id, "{\"caseId\":\"case-3\",\"department\":\"" + CIVIL_AFFAIRS + "\"}", 2)
			.json()
			.get("id")
			.asString();
		assertThat(http()
			.delete("/api/v1/certificates/" + id + "/authorisations/" + authorisation, "Authorization",
					resident(holder, 2))
			.status()).isEqualTo(204);
		assertThat(read(id, "case-3", CIVIL_AFFAIRS).code()).isEqualTo("CERTIFICATE_READ_NOT_AUTHORISED");

		Instant past = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
		this.mapper.insert(new CaseAuthorisation(UUID.randomUUID().toString(), id, holder, "case-4", CIVIL_AFFAIRS,
				past, past.plus(1, ChronoUnit.HOURS), null));
		assertThat(read(id, "case-4", CIVIL_AFFAIRS).code()).isEqualTo("CERTIFICATE_READ_NOT_AUTHORISED");
	}

	@Test
	void readsOfCertificatesThatDoNotExistAreRefusedAlikeAndLogNothing() {
		String unknown = UUID.randomUUID().toString();

		Http.Reply refused = read(unknown, "case-7", CIVIL_AFFAIRS);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("CERTIFICATE_READ_NOT_AUTHORISED");
		assertThat(this.useLog.findByCertificate(unknown)).isEmpty();
	}

	@Test
	void authorisationEndsExactlyAtItsExpiry() {
		String holder = newSubject();
		String id = eIdOf(holder);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.mapper.insert(new CaseAuthorisation(UUID.randomUUID().toString(), id, holder, "case-5", CIVIL_AFFAIRS,
				now.minusSeconds(60), now, null));

		assertThat(this.mapper.findActive(id, "case-5", CIVIL_AFFAIRS, now.minusMillis(1))).hasSize(1);
		assertThat(this.mapper.findActive(id, "case-5", CIVIL_AFFAIRS, now)).isEmpty();
		assertThat(this.mapper.findByCertificate(id)).hasSize(1);
	}

	@Test
	void onlyTheHolderWithRealNameAssuranceAuthorisesForABoundedTime() {
		String holder = newSubject();
		String id = eIdOf(holder);
		String body = "{\"caseId\":\"case-6\",\"department\":\"" + CIVIL_AFFAIRS + "\"}";

		assertThat(grant(holder, id, body, 1).code()).isEqualTo("ASSURANCE_LEVEL_TOO_LOW");
		assertThat(grant(newSubject(), id, body, 3).code()).isEqualTo("CERTIFICATE_NOT_FOUND");
		assertThat(grant(holder, id, body.replace("}", ",\"validHours\":0}"), 2).code())
			.isEqualTo("AUTHORISATION_VALIDITY_INVALID");
		assertThat(grant(holder, id, body.replace("}", ",\"validHours\":1000}"), 2).code())
			.isEqualTo("AUTHORISATION_VALIDITY_INVALID");
		assertThat(grant(holder, id, "{\"caseId\":\"\",\"department\":\"x y\"}", 2).code())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(http().get("/api/v1/certificates/" + id + "/authorisations", "Authorization", resident(holder, 2))
			.json()).isEmpty();
	}

}

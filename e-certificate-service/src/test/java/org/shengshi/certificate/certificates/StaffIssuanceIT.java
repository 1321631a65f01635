package org.shengshi.certificate.certificates;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.Http;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.certificate.identifier.CertificateIdentifier;
import org.shengshi.certificate.keys.KeyRings;
import org.shengshi.certificate.signature.CertificateVerifier;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StaffIssuanceIT extends ServiceSupport {

	private static final String PERMIT = """
			{"typeCode":"%s","holderSubject":"%s","fields":{"name":"李四","gender":"2",
			"idNumber":"440106199202021234","residenceAddress":"广州市天河区某路1号","permitNumber":"GZ2026-0001",
			"photoRef":"photo-1","issuedOn":"2026-11-26"}}""";

	@Autowired
	private CertificateQueries queries;

	@Autowired
	private KeyRings rings;

	@Test
	void officerOfTheIssuingDepartmentIssuesASignedCertificate() {
		String holder = newSubject();
		Http.Reply reply = http().post("/api/v1/certificates", PERMIT.formatted(RESIDENCE_PERMIT, holder),
				"Authorization", staff(POLICE, "case_officer"));

		assertThat(reply.status()).isEqualTo(201);
		String id = reply.json().get("id").asString();
		assertThat(reply.header("Location")).isEqualTo("/api/v1/certificates/" + id);
		assertThat(CertificateIdentifier.isValid(reply.json().get("identifier").asString())).isTrue();
		StoredCertificate stored = this.queries.ownedBy(id, holder);
		assertThat(stored.fields()).containsEntry("validUntil", stored.row().validUntil().toString());
		assertThat(new CertificateVerifier()
			.verify(this.rings.ringOf(POLICE), stored.content().canonicalBytes(), stored.signature())
			.isValid()).isTrue();
	}

	@Test
	void sameIdempotencyKeyIssuesOnce() {
		String body = PERMIT.formatted(RESIDENCE_PERMIT, newSubject());
		String token = staff(POLICE, "case_officer");
		Http.Reply first = http().post("/api/v1/certificates", body, "Authorization", token, "Idempotency-Key", "k1");
		Http.Reply again = http().post("/api/v1/certificates", body, "Authorization", token, "Idempotency-Key", "k1");

		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void anotherDepartmentCannotIssueIt() {
		Http.Reply reply = http().post("/api/v1/certificates", PERMIT.formatted(RESIDENCE_PERMIT, newSubject()),
				"Authorization", staff("440100-MZ", "case_officer"));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.code()).isEqualTo("CERTIFICATE_ISSUER_MISMATCH");
	}

	@Test
	void badInputIsRefusedWithStableCodes() {
		String token = staff(POLICE, "case_officer");
		assertThat(http().post("/api/v1/certificates", PERMIT.formatted("999", newSubject()), "Authorization", token)
			.code()).isEqualTo("CERTIFICATE_TYPE_UNKNOWN");
		assertThat(http()
			.post("/api/v1/certificates",
					PERMIT.formatted(RESIDENCE_PERMIT, newSubject()).replace("\"gender\"", "\"shoeSize\""),
					"Authorization", token)
			.code()).isEqualTo("CERTIFICATE_FIELD_UNKNOWN");
		Http.Reply missing = http().post("/api/v1/certificates",
				PERMIT.formatted(RESIDENCE_PERMIT, newSubject()).replace("\"photoRef\":\"photo-1\",", ""),
				"Authorization", token);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("CERTIFICATE_FIELD_MISSING");
		assertThat(http().post("/api/v1/certificates", "{\"typeCode\":", "Authorization", token).code())
			.isEqualTo("MALFORMED_JSON");
		assertThat(http()
			.post("/api/v1/certificates", PERMIT.formatted(RESIDENCE_PERMIT, newSubject()), "Authorization",
					resident(newSubject(), 3))
			.status()).isEqualTo(403);
	}

}

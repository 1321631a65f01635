package org.shengshi.cases;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A material given as one of the applicant's e-certificates (e-certificate-service's
 * wallet and authorisations stood in for by WireMock, the resident's token relayed).
 */
class CertificateMaterialIT extends CaseServiceSupport {

	private static final CertificateServiceStub CERTIFICATES = CertificateServiceStub.shared();

	@Test
	void theApplicantsResidentEIdSatisfiesTheIdCardAndOfficersSeeWhereToReadIt() {
		String resident = newSubject();
		String bearer = resident(resident);
		String certificate = "eid-" + resident;
		CERTIFICATES.holds(bearer, certificate, "RESIDENT_ID", "01", "{}");
		CERTIFICATES.authorisable(bearer, certificate);
		String id = draft(bearer);

		HttpResponse<String> attached = attach(id, "ID_CARD", certificate, bearer);

		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
		assertThat(json(attached).path("kind").asString()).isEqualTo("CERTIFICATE");
		JsonNode authorisation = JSON.readTree(CERTIFICATES.authorisationRequests(certificate).get(0));
		assertThat(authorisation.path("caseId").asString()).isEqualTo(id);
		assertThat(authorisation.path("department").asString()).isEqualTo(DEPT);
		submit(id, bearer);
		JsonNode materials = json(get("/api/v1/cases/" + id + "/materials", officer("o-mat", DEPT)));
		JsonNode reference = materials.get(0).path("certificate");
		assertThat(materials.get(0).path("materialCode").asString()).isEqualTo("ID_CARD");
		assertThat(reference.path("id").asString()).isEqualTo(certificate);
		assertThat(reference.path("typeCode").asString()).isEqualTo("RESIDENT_ID");
		assertThat(reference.path("caseReadPath").asString())
			.isEqualTo("/api/v1/certificates/" + certificate + "/case-read?caseId=" + id);
	}

	@Test
	void aCertificateOfAnotherTypeIsRefused() {
		String resident = newSubject();
		String bearer = resident(resident);
		String certificate = "rp-" + resident;
		CERTIFICATES.holds(bearer, certificate, "RESIDENCE_PERMIT", "01", "{}");
		CERTIFICATES.authorisable(bearer, certificate);
		String id = draft(bearer);

		assertProblem(attach(id, "ID_CARD", certificate, bearer), 422, "MATERIAL_CERTIFICATE_TYPE_MISMATCH");
		assertProblem(attach(id, "LEASE", certificate, bearer), 422, "MATERIAL_CERTIFICATE_TYPE_MISMATCH");
		assertThat(CERTIFICATES.authorisationRequests(certificate)).isEmpty();
	}

	@Test
	void aMaterialNotInTheGuideIsRefused() {
		String bearer = resident(newSubject());
		String id = draft(bearer);

		assertProblem(attach(id, "BIRTH_CERT", "any", bearer), 422, "MATERIAL_NOT_IN_GUIDE");
	}

	@Test
	void aCertificateNotInTheApplicantsWalletOrNotValidIsRefused() {
		String resident = newSubject();
		String bearer = resident(resident);
		CERTIFICATES.holds(bearer, "eid-revoked-" + resident, "RESIDENT_ID", "03", "{}");
		String id = draft(bearer);

		assertProblem(attach(id, "ID_CARD", "someone-elses", bearer), 422, "CERTIFICATE_NOT_IN_WALLET");
		assertProblem(attach(id, "ID_CARD", "eid-revoked-" + resident, bearer), 422, "CERTIFICATE_NOT_IN_WALLET");
	}

	@Test
	void eCertificateServiceDownIsAServiceUnavailableProblem() {
		String bearer = resident(newSubject());
		CERTIFICATES.downFor(bearer);
		String id = draft(bearer);

		assertProblem(attach(id, "ID_CARD", "eid", bearer), 503, "CERTIFICATES_UNAVAILABLE");
	}

	@Test
	void officersCannotGiveTheApplicantsCertificates() {
		String bearer = resident(newSubject());
		String id = draft(bearer);

		assertThat(attach(id, "ID_CARD", "eid", officer("o-mat", DEPT)).statusCode()).isEqualTo(403);
		assertProblem(attach(id, "ID_CARD", "eid", resident(newSubject())), 404, "CASE_NOT_FOUND");
	}

	private String draft(String bearer) {
		HttpResponse<String> filed = post("/api/v1/cases", bearer, newCase(FREE_ITEM, form("广州市天河区某路1号", "新办")),
				UUID.randomUUID().toString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return json(filed).path("id").asString();
	}

	private void submit(String id, String bearer) {
		HttpResponse<String> response = post("/api/v1/cases/" + id + "/submission", bearer, "{\"version\":0}", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private HttpResponse<String> attach(String id, String material, String certificate, String bearer) {
		return post("/api/v1/cases/" + id + "/materials/" + material + "/certificate", bearer,
				"{\"certificateId\":\"" + certificate + "\"}", null);
	}

}

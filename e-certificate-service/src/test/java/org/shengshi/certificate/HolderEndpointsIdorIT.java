package org.shengshi.certificate;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.certificates.IssueCommand;
import org.shengshi.certificate.certificates.Issuance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody but the holder reaches a certificate through any holder endpoint: another
 * resident, even with the highest assurance, gets 404 (not 403, which would confirm the
 * certificate exists) and changes nothing.
 */
class HolderEndpointsIdorIT extends ServiceSupport {

	@Autowired
	private Issuance issuance;

	@Test
	void anotherResidentReachesNoHolderEndpointOfTheCertificate() {
		String holder = newSubject();
		String id = this.issuance
			.issue(new IssueCommand(RESIDENT_E_ID, holder, Map.of("name", "冯一", "idNumber", "440106199001011237"), null,
					null, "test", false))
			.id();
		String base = "/api/v1/certificates/" + id;
		Http.Reply granted = http().post(base + "/authorisations",
				"{\"caseId\":\"case-i\",\"department\":\"440100-MZ\"}", "Authorization", resident(holder, 2));
		assertThat(granted.status()).isEqualTo(201);
		String authorisation = granted.json().get("id").asString();
		String stranger = resident(newSubject(), 3);

		assertThat(http().get("/api/v1/certificates/wallet", "Authorization", stranger).json()).isEmpty();
		assertNotFound(http().get("/api/v1/certificates/wallet/" + id, "Authorization", stranger));
		assertNotFound(
				http().post(base + "/presentations", "{\"purpose\":\"HOTEL_CHECK_IN\"}", "Authorization", stranger));
		assertNotFound(http().get(base + "/uses", "Authorization", stranger));
		assertNotFound(http().post(base + "/authorisations", "{\"caseId\":\"case-x\",\"department\":\"440100-MZ\"}",
				"Authorization", stranger));
		assertNotFound(http().get(base + "/authorisations", "Authorization", stranger));
		assertNotFound(http().delete(base + "/authorisations/" + authorisation, "Authorization", stranger));

		Http.Reply own = http().get(base + "/authorisations", "Authorization", resident(holder, 2));
		assertThat(own.json()).singleElement().satisfies((entry) -> {
			assertThat(entry.get("id").asString()).isEqualTo(authorisation);
			assertThat(entry.get("revokedAt") == null || entry.get("revokedAt").isNull()).isTrue();
		});
		assertThat(http().get(base + "/uses", "Authorization", resident(holder, 2)).json()).isEmpty();
	}

	@Test
	void staffAndVerifierSystemsCannotUseHolderEndpoints() {
		String holder = newSubject();
		String id = this.issuance
			.issue(new IssueCommand(RESIDENT_E_ID, holder, Map.of("name", "冯二", "idNumber", "440106199001011237"), null,
					null, "test", false))
			.id();
		String officer = staff(POLICE, "case_officer", "dept_admin");
		String verifier = TOKENS.client("hotel-verifier", "verifier").bearer();
		for (String caller : new String[] { officer, verifier }) {
			assertThat(http().get("/api/v1/certificates/wallet/" + id, "Authorization", caller).status())
				.isEqualTo(403);
			assertThat(http().get("/api/v1/certificates/" + id + "/uses", "Authorization", caller).status())
				.isEqualTo(403);
			assertThat(http()
				.post("/api/v1/certificates/" + id + "/presentations", "{\"purpose\":\"HOTEL_CHECK_IN\"}",
						"Authorization", caller)
				.status()).isEqualTo(403);
		}
	}

	private static void assertNotFound(Http.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(404);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.body()).doesNotContain("冯一").doesNotContain("440106199001011237");
	}

}

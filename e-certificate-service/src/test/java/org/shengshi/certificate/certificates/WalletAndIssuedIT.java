package org.shengshi.certificate.certificates;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.Http;
import org.shengshi.certificate.ServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring endpoints: a resident's wallet and a department's issued certificates.
 */
class WalletAndIssuedIT extends ServiceSupport {

	@Autowired
	private Issuance issuance;

	private CertificateRow eIdOf(String holder) {
		return this.issuance.issue(new IssueCommand(RESIDENT_E_ID, holder,
				Map.of("name", "王小明", "idNumber", "44010619900101123X", "gender", "1"), null, null, "test", false));
	}

	@Test
	void residentSeesOwnCertificatesMaskedAndNobodyElses() {
		String holder = newSubject();
		CertificateRow mine = eIdOf(holder);
		eIdOf(newSubject());

		Http.Reply reply = http().get("/api/v1/certificates/wallet", "Authorization", resident(holder, 1));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json()).hasSize(1);
		assertThat(reply.json().get(0).get("id").asString()).isEqualTo(mine.id());
		assertThat(reply.json().get(0).get("holderIdNumber").asString()).isEqualTo("440***********123X");
		assertThat(reply.json().get(0).get("holderName").asString()).isEqualTo("王**");
		assertThat(reply.body()).doesNotContain("44010619900101123X").doesNotContain("王小明");
	}

	@Test
	void walletNeedsAValidResidentToken() {
		assertThat(http().get("/api/v1/certificates/wallet").status()).isEqualTo(401);
		assertThat(http()
			.get("/api/v1/certificates/wallet", "Authorization", TOKENS.resident(newSubject()).expired().bearer())
			.status()).isEqualTo(401);
		assertThat(http().get("/api/v1/certificates/wallet", "Authorization", staff(POLICE, "case_officer")).status())
			.isEqualTo(403);
	}

	@Test
	void holderOpensOwnCertificateInFullOnlyWithRealNameAssurance() {
		String holder = newSubject();
		CertificateRow mine = eIdOf(holder);
		String path = "/api/v1/certificates/wallet/" + mine.id();

		Http.Reply full = http().get(path, "Authorization", resident(holder, 2));
		assertThat(full.status()).isEqualTo(200);
		assertThat(full.json().get("fields").get("idNumber").asString()).isEqualTo("44010619900101123X");
		assertThat(full.json().get("status").asString()).isEqualTo("01");

		Http.Reply low = http().get(path, "Authorization", resident(holder, 1));
		assertThat(low.status()).isEqualTo(403);
		assertThat(low.code()).isEqualTo("ASSURANCE_LEVEL_TOO_LOW");

		Http.Reply other = http().get(path, "Authorization", resident(newSubject(), 3));
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.code()).isEqualTo("CERTIFICATE_NOT_FOUND");
	}

	@Test
	void departmentSeesWhatItIssuedAndOtherDepartmentsDoNot() {
		CertificateRow issued = eIdOf(newSubject());

		Http.Reply own = http().get("/api/v1/certificates/issued", "Authorization", staff(POLICE, "case_officer"));
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains(issued.id()).doesNotContain("44010619900101123X");

		Http.Reply admin = http().get("/api/v1/certificates/issued", "Authorization", staff(POLICE, "dept_admin"));
		assertThat(admin.status()).isEqualTo(200);

		Http.Reply other = http().get("/api/v1/certificates/issued", "Authorization",
				staff("440100-MZ", "case_officer"));
		assertThat(other.status()).isEqualTo(200);
		assertThat(other.body()).doesNotContain(issued.id());
	}

	@Test
	void issuedNeedsAValidStaffToken() {
		assertThat(http().get("/api/v1/certificates/issued").status()).isEqualTo(401);
		assertThat(http()
			.get("/api/v1/certificates/issued", "Authorization",
					TOKENS.staff("s", POLICE, "case_officer").expired().bearer())
			.status()).isEqualTo(401);
		assertThat(http().get("/api/v1/certificates/issued", "Authorization", resident(newSubject(), 2)).status())
			.isEqualTo(403);
	}

}

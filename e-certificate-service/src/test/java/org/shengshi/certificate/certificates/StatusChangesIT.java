package org.shengshi.certificate.certificates;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.Http;
import org.shengshi.certificate.ServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StatusChangesIT extends ServiceSupport {

	@Autowired
	private Issuance issuance;

	@Autowired
	private CertificateMapper mapper;

	private String eId() {
		return this.issuance
			.issue(new IssueCommand(RESIDENT_E_ID, newSubject(), Map.of("name", "周九", "idNumber", "440106199001011237"),
					null, null, "test", false))
			.id();
	}

	private Http.Reply change(String id, String body, String token) {
		return http().post("/api/v1/certificates/" + id + "/status-changes", body, "Authorization", token);
	}

	@Test
	void issuerSuspendsAndRestoresWithReasonsAndEveryChangeIsRecorded() {
		String id = eId();
		String admin = staff(POLICE, "dept_admin");

		Http.Reply suspended = change(id, "{\"event\":\"SUSPEND\",\"reason\":\"涉嫌冒用\"}", admin);
		assertThat(suspended.status()).isEqualTo(200);
		assertThat(suspended.json().get("to").asString()).isEqualTo("02");
		assertThat(change(id, "{\"event\":\"RESTORE\",\"reason\":\"核查无误\"}", admin).json().get("to").asString())
			.isEqualTo("01");

		assertThat(this.mapper.findStatusHistory(id)).extracting(StatusHistoryEntry::event)
			.containsExactly("ISSUE", "SUSPEND", "RESTORE");
		assertThat(this.mapper.findStatusHistory(id).get(1).reason()).isEqualTo("涉嫌冒用");
	}

	@Test
	void transitionsOutsideTheTableAndMissingReasonsAreRefused() {
		String id = eId();
		String admin = staff(POLICE, "dept_admin");

		assertThat(change(id, "{\"event\":\"REVOKE\"}", admin).code()).isEqualTo("STATUS_CHANGE_REASON_INVALID");
		assertThat(change(id, "{\"event\":\"REVOKE\",\"reason\":\"错误签发\"}", admin).status()).isEqualTo(200);
		Http.Reply again = change(id, "{\"event\":\"RESTORE\",\"reason\":\"x\"}", admin);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("CERTIFICATE_STATUS_TRANSITION_NOT_ALLOWED");
		assertThat(change(id, "{\"event\":\"EXPLODE\",\"reason\":\"x\"}", admin).status()).isEqualTo(400);
	}

	@Test
	void otherDepartmentsAndResidentsCannotChangeTheStatus() {
		String id = eId();

		assertThat(change(id, "{\"event\":\"SUSPEND\",\"reason\":\"x\"}", staff("440100-MZ", "dept_admin")).code())
			.isEqualTo("CERTIFICATE_NOT_FOUND");
		assertThat(change(id, "{\"event\":\"SUSPEND\",\"reason\":\"x\"}", resident(newSubject(), 3)).status())
			.isEqualTo(403);
		assertThat(this.mapper.findById(id).status()).isEqualTo("01");
	}

}

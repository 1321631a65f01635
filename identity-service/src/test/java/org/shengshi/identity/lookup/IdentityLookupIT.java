package org.shengshi.identity.lookup;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.FaceSandbox;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdNumbers;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.identity.support.PopulationRegistrySandbox;
import org.shengshi.identity.support.SmsSandbox;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityLookupIT extends IdentityServiceIT {

	static final String BY_SUBJECT = "/api/v1/identity/identities?purpose=prefill-case-form&subject=";

	private final String system = TOKENS.client("case-service", "system").bearer();

	@Test
	void bySubjectAnswersTheFullRecordWithPhoneAndLoaAndRecordsTheRead() {
		SignedUpResident resident = signedUpAndVerified("欧阳娜娜");

		Reply reply = http().get(BY_SUBJECT + resident.subject(), auth(this.system));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("name").asString()).isEqualTo("欧阳娜娜");
		assertThat(reply.json().get("idNumber").asString()).isEqualTo(resident.idNumber());
		assertThat(reply.json().get("phone").asString()).isEqualTo(resident.phone());
		assertThat(reply.json().get("regionCode").asString()).isEqualTo("440106");
		assertThat(reply.json().get("loa").asInt()).isEqualTo(2);
		Reply log = http().get("/api/v1/identity/profile/access-log",
				auth(TOKENS.resident(resident.subject()).bearer()));
		assertThat(log.json().get(0).get("action").asString()).isEqualTo("IDENTITY_READ");
		assertThat(log.json().get(0).get("client").asString()).isEqualTo("case-service");
		assertThat(log.json().get(0).get("purpose").asString()).isEqualTo("prefill-case-form");
	}

	@Test
	void bySubjectAndByIdAnswerTheSameRecordAndShowLoa3WhileTheStepUpHolds() {
		VerifiedResident resident = verifiedResident("司马光");
		FaceSandbox.passes(resident.idNumber());
		http().post("/api/v1/identity/face-verifications", "{\"livenessToken\":\"lv-1\"}",
				auth(TOKENS.resident(resident.subject()).loa(2).bearer()));

		Reply bySubject = http().get(BY_SUBJECT + resident.subject(), auth(this.system));
		Reply byId = http().get("/api/v1/identity/identities/" + resident.identityId() + "?purpose=prefill-case-form",
				auth(this.system));

		assertThat(bySubject.json()).isEqualTo(byId.json());
		assertThat(bySubject.json().get("loa").asInt()).isEqualTo(3);
		assertThat(bySubject.json().has("loaExpiresAt")).isTrue();
		assertThat(bySubject.json().has("phone")).isFalse();
	}

	@Test
	void anUnknownOrUnverifiedSubjectIs404() {
		Reply unknown = http().get(BY_SUBJECT + "nobody-" + System.nanoTime(), auth(this.system));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("IDENTITY_NOT_FOUND");
	}

	@Test
	void onlySystemClientsMayReadAndAPurposeIsRequired() {
		VerifiedResident resident = verifiedResident("诸葛明");
		String path = BY_SUBJECT + resident.subject();

		assertThat(http().get(path).status()).isEqualTo(401);
		assertThat(http().get(path, auth(TOKENS.resident(resident.subject()).loa(2).bearer())).status()).isEqualTo(403);
		assertThat(http().get(path, auth(TOKENS.staff("o1", "440100-GA", "case_officer").bearer())).status())
			.isEqualTo(403);
		assertThat(http().get(path, auth(TOKENS.client("hotel-verifier", "verifier").bearer())).status())
			.isEqualTo(403);
		Reply noPurpose = http().get("/api/v1/identity/identities?subject=" + resident.subject(), auth(this.system));
		assertThat(noPurpose.status()).isEqualTo(400);
		assertThat(noPurpose.contentType()).startsWith("application/problem+json");
		assertThat(http().get("/api/v1/identity/profile/access-log", auth(TOKENS.resident(resident.subject()).bearer()))
			.json()
			.size()).isZero();
	}

	private SignedUpResident signedUpAndVerified(String name) {
		String phone = "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		http().post("/api/v1/identity/signup/otp", "{\"phone\":\"" + phone + "\"}", "X-Forwarded-For", "10.9.9.9");
		Reply created = http().post("/api/v1/identity/signup", "{\"phone\":\"" + phone + "\",\"code\":\""
				+ SmsSandbox.lastCodeSentTo(phone) + "\",\"password\":\"secret123\"}");
		String subject = created.json().get("subject").asString();
		String idNumber = IdNumbers.fresh();
		PopulationRegistrySandbox.reportsMatch(idNumber);
		Reply verified = http().post("/api/v1/identity/realname",
				"{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\"}",
				auth(TOKENS.resident(subject).loa(1).bearer()));
		assertThat(verified.status()).isEqualTo(200);
		return new SignedUpResident(subject, phone, idNumber);
	}

	record SignedUpResident(String subject, String phone, String idNumber) {
	}

}

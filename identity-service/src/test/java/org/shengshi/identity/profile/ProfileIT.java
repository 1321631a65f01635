package org.shengshi.identity.profile;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.platform.test.FaceVerifiedTokens;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileIT extends IdentityServiceIT {

	private static final String PROFILE = "/api/v1/identity/profile";

	@Test
	void profileIsMaskedByDefault() {
		VerifiedResident resident = verifiedResident("林小雨");

		Reply reply = http().get(PROFILE, auth(TOKENS.resident(resident.subject()).bearer()));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("name").asString()).isEqualTo("林**");
		assertThat(reply.body()).doesNotContain(resident.idNumber()).doesNotContain("林小雨");
	}

	@Test
	void unmaskNeedsLoa3AndAPurposeAndIsRecorded() {
		VerifiedResident resident = verifiedResident("黄大仙");
		String loa2 = TOKENS.resident(resident.subject()).bearer();
		String loa3 = FaceVerifiedTokens.bearer(resident.subject());

		Reply tooLow = http().post(PROFILE + "/unmask", "{\"purpose\":\"核对证件\"}", auth(loa2));
		assertThat(tooLow.status()).isEqualTo(403);
		assertThat(tooLow.code()).isEqualTo("ASSURANCE_LEVEL_TOO_LOW");
		assertThat(http().post(PROFILE + "/unmask", "{}", auth(loa3)).code()).isEqualTo("VALIDATION_FAILED");

		Reply unmasked = http().post(PROFILE + "/unmask", "{\"purpose\":\"核对证件\"}", auth(loa3));
		assertThat(unmasked.status()).isEqualTo(200);
		assertThat(unmasked.json().get("idNumber").asString()).isEqualTo(resident.idNumber());
		assertThat(unmasked.json().get("name").asString()).isEqualTo("黄大仙");

		Reply log = http().get(PROFILE + "/access-log", auth(loa2));
		assertThat(log.json().size()).isEqualTo(1);
		assertThat(log.json().get(0).get("action").asString()).isEqualTo("PROFILE_UNMASK");
		assertThat(log.json().get(0).get("purpose").asString()).isEqualTo("核对证件");
		assertThat(log.json().get(0).get("accessor").asString()).isEqualTo(resident.subject());
	}

	@Test
	void systemClientReadsAnIdentityByReferenceAndTheResidentSeesIt() {
		VerifiedResident resident = verifiedResident("何明");
		String client = TOKENS.client("e-certificate-service", "system").bearer();

		Reply read = http().get("/api/v1/identity/identities/" + resident.identityId() + "?purpose=issue-e-id",
				auth(client));

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("idNumber").asString()).isEqualTo(resident.idNumber());
		Reply log = http().get(PROFILE + "/access-log", auth(TOKENS.resident(resident.subject()).bearer()));
		assertThat(log.json().get(0).get("client").asString()).isEqualTo("e-certificate-service");
		assertThat(log.json().get(0).get("purpose").asString()).isEqualTo("issue-e-id");
	}

	@Test
	void identityReadsAreForSystemClientsOnlyAndNeedAPurpose() {
		VerifiedResident resident = verifiedResident("何亮");
		String path = "/api/v1/identity/identities/" + resident.identityId();

		assertThat(http().get(path + "?purpose=x1", auth(FaceVerifiedTokens.bearer(resident.subject()))).status())
			.isEqualTo(403);
		assertThat(http()
			.get(path + "?purpose=x1", auth(TOKENS.staff("o", "440100-GA", "case_officer", "dept_admin").bearer()))
			.status()).isEqualTo(403);
		assertThat(http().get(path, auth(TOKENS.client("case-service", "system").bearer())).code())
			.isEqualTo("MISSING_PARAMETER");
		assertThat(http()
			.get("/api/v1/identity/identities/unknown?purpose=x1",
					auth(TOKENS.client("case-service", "system").bearer()))
			.code()).isEqualTo("IDENTITY_NOT_FOUND");
	}

	@Test
	void anotherResidentsProfileAndLogAreUnreachable() {
		VerifiedResident owner = verifiedResident("冯一");
		String stranger = FaceVerifiedTokens.bearer("stranger-" + owner.subject());
		http().post(PROFILE + "/unmask", "{\"purpose\":\"查看\"}", auth(FaceVerifiedTokens.bearer(owner.subject())));

		assertThat(http().get(PROFILE, auth(stranger)).code()).isEqualTo("PROFILE_NOT_FOUND");
		assertThat(http().post(PROFILE + "/unmask", "{\"purpose\":\"查看\"}", auth(stranger)).code())
			.isEqualTo("PROFILE_NOT_FOUND");
		assertThat(http().get(PROFILE + "/access-log", auth(stranger)).json().size()).isZero();
	}

	@Test
	void profileEndpointsAreClosedToStaffAndAnonymous() {
		assertThat(http().get(PROFILE).status()).isEqualTo(401);
		assertThat(http().get(PROFILE, auth(TOKENS.staff("s", "440100-GA", "dept_admin").bearer())).status())
			.isEqualTo(403);
		assertThat(http().get(PROFILE + "/access-log", auth(TOKENS.staff("s", "440100-GA", "case_officer").bearer()))
			.status()).isEqualTo(403);
	}

}

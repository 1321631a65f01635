package org.shengshi.identity.delegation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationIT extends IdentityServiceIT {

	private static final String PATH = "/api/v1/identity/delegations";

	private static final String SYSTEM = TOKENS.client("case-service", "system").bearer();

	@Test
	void delegatorGrantsChosenItemsAndServicesCheckAndEveryUseIsRecorded() {
		VerifiedResident mother = verifiedResident("罗母");
		VerifiedResident son = verifiedResident("罗子");

		Reply created = grant(mother, son, "罗子", "[\"440100-GA-001\"]");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("delegateName").asString()).isEqualTo("罗*");
		String id = created.json().get("id").asString();

		assertThat(check(mother.subject(), son.subject(), "440100-GA-001").get("allowed").asBoolean()).isTrue();
		assertThat(check(mother.subject(), son.subject(), "440100-MZ-009").get("allowed").asBoolean()).isFalse();
		assertThat(check(son.subject(), mother.subject(), "440100-GA-001").get("allowed").asBoolean()).isFalse();

		Reply uses = http().get(PATH + "/" + id + "/uses", auth(TOKENS.resident(mother.subject()).bearer()));
		assertThat(uses.json().size()).isEqualTo(1);
		assertThat(uses.json().get(0).get("itemCode").asString()).isEqualTo("440100-GA-001");
		assertThat(uses.json().get(0).get("clientId").asString()).isEqualTo("case-service");
		Reply received = http().get(PATH, auth(TOKENS.resident(son.subject()).bearer()));
		assertThat(received.json().get("received").findValuesAsString("id")).containsExactly(id);
	}

	@Test
	void revokedDelegationNoLongerAllows() {
		VerifiedResident a = verifiedResident("甲一");
		VerifiedResident b = verifiedResident("乙二");
		String id = grant(a, b, "乙二", "[]").json().get("id").asString();
		assertThat(check(a.subject(), b.subject(), "ANY-ITEM").get("allowed").asBoolean()).isTrue();

		Reply revoked = http().delete(PATH + "/" + id, auth(TOKENS.resident(a.subject()).bearer()));

		assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
		assertThat(check(a.subject(), b.subject(), "ANY-ITEM").get("allowed").asBoolean()).isFalse();
		assertThat(http().delete(PATH + "/" + id, auth(TOKENS.resident(a.subject()).bearer())).code())
			.isEqualTo("DELEGATION_NOT_ACTIVE");
	}

	@Test
	void delegateMustBeVerifiedUnderTheGivenNameAndNotSelf() {
		VerifiedResident a = verifiedResident("丙三");
		VerifiedResident b = verifiedResident("丁四");

		assertThat(grant(a, b, "别人", "[]").code()).isEqualTo("DELEGATE_NOT_VERIFIED");
		assertThat(grant(a, a, "丙三", "[]").code()).isEqualTo("DELEGATE_IS_SELF");
		String unverified = "{\"delegateName\":\"丁四\",\"delegateIdNumber\":\"11010519491231002X\",\"validUntil\":\""
				+ Instant.now().plus(1, ChronoUnit.DAYS) + "\"}";
		assertThat(http().post(PATH, unverified, auth(TOKENS.resident(a.subject()).bearer())).code())
			.isEqualTo("DELEGATE_NOT_VERIFIED");
	}

	@Test
	void windowMustEndInTheFutureAndLastAtMostAYear() {
		VerifiedResident a = verifiedResident("戊五");
		VerifiedResident b = verifiedResident("己六");
		String past = body(b, "己六", "[]", Instant.now().minus(1, ChronoUnit.DAYS));
		String tooLong = body(b, "己六", "[]", Instant.now().plus(400, ChronoUnit.DAYS));

		assertThat(http().post(PATH, past, auth(TOKENS.resident(a.subject()).bearer())).code())
			.isEqualTo("DELEGATION_WINDOW_INVALID");
		assertThat(http().post(PATH, tooLong, auth(TOKENS.resident(a.subject()).bearer())).code())
			.isEqualTo("DELEGATION_WINDOW_INVALID");
	}

	@Test
	void unverifiedDelegatorIsRefused() {
		VerifiedResident b = verifiedResident("庚七");
		Reply reply = http().post(PATH, body(b, "庚七", "[]", Instant.now().plus(1, ChronoUnit.DAYS)),
				auth(TOKENS.resident("unverified-" + b.subject()).bearer()));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.code()).isEqualTo("REALNAME_REQUIRED");
	}

	@Test
	void othersCannotRevokeOrSeeUsesAndResidentsCannotCheck() {
		VerifiedResident a = verifiedResident("辛八");
		VerifiedResident b = verifiedResident("壬九");
		String id = grant(a, b, "壬九", "[]").json().get("id").asString();
		String delegateToken = TOKENS.resident(b.subject()).bearer();

		assertThat(http().delete(PATH + "/" + id, auth(delegateToken)).code()).isEqualTo("DELEGATION_NOT_FOUND");
		assertThat(http().get(PATH + "/" + id + "/uses", auth(delegateToken)).status()).isEqualTo(404);
		assertThat(http()
			.get(PATH + "/check?delegator=" + a.subject() + "&delegate=" + b.subject() + "&item=x", auth(delegateToken))
			.status()).isEqualTo(403);
		assertThat(http().get(PATH, auth(TOKENS.staff("s", "440100-GA", "case_officer").bearer())).status())
			.isEqualTo(403);
		assertThat(http().get(PATH + "/check?delegator=a&delegate=b", auth(SYSTEM)).code())
			.isEqualTo("MISSING_PARAMETER");
	}

	private Reply grant(VerifiedResident from, VerifiedResident to, String name, String items) {
		return http().post(PATH, body(to, name, items, Instant.now().plus(30, ChronoUnit.DAYS)),
				auth(TOKENS.resident(from.subject()).bearer()));
	}

	private static String body(VerifiedResident to, String name, String items, Instant until) {
		return "{\"delegateName\":\"" + name + "\",\"delegateIdNumber\":\"" + to.idNumber() + "\",\"items\":" + items
				+ ",\"validUntil\":\"" + until + "\"}";
	}

	private tools.jackson.databind.JsonNode check(String delegator, String delegate, String item) {
		Reply reply = http().get(PATH + "/check?delegator=" + delegator + "&delegate=" + delegate + "&item=" + item,
				auth(SYSTEM));
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

}

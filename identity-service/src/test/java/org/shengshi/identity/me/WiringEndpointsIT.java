package org.shengshi.identity.me;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring endpoints of docs/architecture.md over real HTTP with test tokens.
 */
class WiringEndpointsIT extends IdentityServiceIT {

	@Test
	void meAnswersAnyAuthenticatedUserWithTheirOwnClaims() {
		Reply reply = http().get("/api/v1/identity/me",
				auth(TOKENS.staff("staff-7", "440100-GA", "case_officer").bearer()));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("subject").asString()).isEqualTo("staff-7");
		assertThat(reply.json().get("department").asString()).isEqualTo("440100-GA");
		assertThat(reply.json().get("roles").get(0).asString()).isEqualTo("case_officer");
		assertThat(reply.json().get("loa").asInt()).isEqualTo(2);
	}

	@Test
	void meAnswersAResidentWithoutDepartment() {
		Reply reply = http().get("/api/v1/identity/me", auth(TOKENS.resident("res-me-1").loa(1).bearer()));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("subject").asString()).isEqualTo("res-me-1");
		assertThat(reply.json().has("department")).isFalse();
		assertThat(reply.json().get("loa").asInt()).isEqualTo(1);
	}

	@Test
	void meWithoutTokenIs401() {
		Reply reply = http().get("/api/v1/identity/me");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void meWithExpiredTokenIs401() {
		Reply reply = http().get("/api/v1/identity/me", auth(TOKENS.resident("res-me-2").expired().bearer()));

		assertThat(reply.status()).isEqualTo(401);
	}

	@Test
	void staffListsOnlyTheDepartmentAdminsOwnDepartment() {
		Reply reply = http().get("/api/v1/identity/staff",
				auth(TOKENS.staff("admin-ga", "440100-GA", "dept_admin").bearer()));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().findValuesAsString("username")).contains("officer1", "deptadmin1", "publisher1")
			.doesNotContain("officer2");
		assertThat(reply.json().findValuesAsString("department")).containsOnly("440100-GA");
	}

	@Test
	void staffOfAnotherDepartmentSeeOnlyTheirOwn() {
		Reply reply = http().get("/api/v1/identity/staff",
				auth(TOKENS.staff("admin-mz", "440100-MZ", "dept_admin").bearer()));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().findValuesAsString("username")).contains("officer2").doesNotContain("officer1");
	}

	@Test
	void staffIsClosedToResidentsAndOtherStaffRoles() {
		assertThat(http().get("/api/v1/identity/staff", auth(TOKENS.resident("res-me-3").bearer())).code())
			.isEqualTo("ACCESS_DENIED");
		Reply officer = http().get("/api/v1/identity/staff",
				auth(TOKENS.staff("off-ga", "440100-GA", "case_officer").bearer()));
		assertThat(officer.status()).isEqualTo(403);
	}

	@Test
	void staffWithoutTokenIs401AndWithExpiredTokenIs401() {
		assertThat(http().get("/api/v1/identity/staff").status()).isEqualTo(401);
		assertThat(http()
			.get("/api/v1/identity/staff", auth(TOKENS.staff("admin-ga", "440100-GA", "dept_admin").expired().bearer()))
			.status()).isEqualTo(401);
	}

	@Test
	void departmentAdminWithoutDepartmentClaimIsRefused() {
		Reply reply = http().get("/api/v1/identity/staff",
				auth(TOKENS.resident("odd-admin").roles("dept_admin").bearer()));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.code()).isEqualTo("DEPARTMENT_REQUIRED");
	}

}

package org.shengshi.identity.staff;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;
import org.shengshi.identity.support.RecordingIdentityProvider.User;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StaffManagementIT extends IdentityServiceIT {

	private static final String PATH = "/api/v1/identity/staff";

	@Autowired
	private StaffMapper mapper;

	private String gaAdmin() {
		return TOKENS.staff("admin-ga", "440100-GA", "dept_admin").bearer();
	}

	@Test
	void departmentAdminCreatesStaffInOwnDepartmentInKeycloakAndLocally() {
		Reply reply = http().post(PATH, """
				{"username":"clerk.ga1","roles":["case_officer"]}
				""", auth(gaAdmin()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("department").asString()).isEqualTo("440100-GA");
		User user = this.identityProvider.userNamed("clerk.ga1");
		assertThat(user.attributes).containsEntry("department", "440100-GA").containsEntry("loa", "2");
		assertThat(user.roles).containsExactly("case_officer");
	}

	@Test
	void rolesOutsideTheDepartmentSetAreRefused() {
		Reply reply = http().post(PATH, """
				{"username":"clerk.ga2","roles":["platform_admin"]}
				""", auth(gaAdmin()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo("ROLE_NOT_GRANTABLE");
		assertThat(this.identityProvider.userNamed("clerk.ga2")).isNull();
	}

	@Test
	void duplicateUsernameIsAConflict() {
		Reply reply = http().post(PATH, """
				{"username":"officer1","roles":["case_officer"]}
				""", auth(gaAdmin()));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.code()).isEqualTo("USERNAME_TAKEN");
	}

	@Test
	void keycloakDownLeavesNothingBehind() {
		this.identityProvider.goDown();
		try {
			Reply reply = http().post(PATH, """
					{"username":"clerk.ga3","roles":["case_officer"]}
					""", auth(gaAdmin()));
			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
		}
		finally {
			this.identityProvider.comeBack();
		}
		assertThat(this.mapper.usernameTaken("clerk.ga3")).isFalse();
	}

	@Test
	void grantAndRevokeRolesInsideOwnDepartment() {
		String id = http().post(PATH, """
				{"username":"clerk.ga4","roles":["dept_publisher"]}
				""", auth(gaAdmin())).json().get("id").asString();

		Reply granted = http().put(PATH + "/" + id + "/roles/catalog_reviewer", "", auth(gaAdmin()));
		assertThat(granted.json().get("roles").valueStream().map((r) -> r.asString()))
			.containsExactly("catalog_reviewer", "dept_publisher");
		assertThat(this.identityProvider.userNamed("clerk.ga4").roles).contains("catalog_reviewer");

		Reply revoked = http().delete(PATH + "/" + id + "/roles/dept_publisher", auth(gaAdmin()));
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(this.identityProvider.userNamed("clerk.ga4").roles).containsExactly("catalog_reviewer");
	}

	@Test
	void staffOfAnotherDepartmentCannotBeTouched() {
		String id = http().post(PATH, """
				{"username":"clerk.ga5","roles":["case_officer"]}
				""", auth(gaAdmin())).json().get("id").asString();
		String mzAdmin = TOKENS.staff("admin-mz", "440100-MZ", "dept_admin").bearer();

		Reply reply = http().put(PATH + "/" + id + "/roles/dept_admin", "", auth(mzAdmin));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.code()).isEqualTo("STAFF_NOT_FOUND");
		assertThat(this.identityProvider.userNamed("clerk.ga5").roles).containsExactly("case_officer");
	}

	@Test
	void staffManagementIsClosedToOtherRoles() {
		String body = "{\"username\":\"clerk.ga6\",\"roles\":[\"case_officer\"]}";
		assertThat(http().post(PATH, body, auth(TOKENS.staff("o", "440100-GA", "case_officer").bearer())).status())
			.isEqualTo(403);
		assertThat(http().post(PATH, body, auth(TOKENS.resident("r").bearer())).status()).isEqualTo(403);
	}

}

package org.shengshi.identity.department;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.Http.Reply;
import org.shengshi.identity.support.IdentityServiceIT;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentApiIT extends IdentityServiceIT {

	private static final String PATH = "/api/v1/identity/departments";

	private String admin() {
		return TOKENS.resident("platform-admin-1").roles("platform_admin").bearer();
	}

	@Test
	void platformAdminCreatesACityUnderItsProvince() {
		Reply reply = http().post(PATH, """
				{"code":"440300-GA","name":"深圳市公安局","uscc":"11440300MB2C90440P","parentCode":"440000-GA"}
				""", auth(admin()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("level").asString()).isEqualTo("CITY");
		assertThat(reply.json().get("regionCode").asString()).isEqualTo("440300");
		Reply read = http().get(PATH + "/440300-GA", auth(TOKENS.resident("anyone").bearer()));
		assertThat(read.json().get("name").asString()).isEqualTo("深圳市公安局");
	}

	@Test
	void districtUnderAnotherCityIsRefused() {
		Reply reply = http().post(PATH, """
				{"code":"440106-SW","name":"天河区商务局","uscc":"11440106MB2C904505","parentCode":"440000-GA"}
				""", auth(admin()));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.code()).isEqualTo("DEPARTMENT_PARENT_INVALID");
	}

	@Test
	void wrongUsccCheckCharacterIsA400() {
		Reply reply = http().post(PATH, """
				{"code":"440106-SW","name":"天河区商务局","uscc":"11440106MB2C904506","parentCode":"440100-GA"}
				""", auth(admin()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo("USCC_INVALID");
	}

	@Test
	void existingCodeAndTakenUsccAreConflicts() {
		Reply sameCode = http().post(PATH, """
				{"code":"440100-GA","name":"重复","uscc":"11440106MB2C904606","parentCode":"440000-GA"}
				""", auth(admin()));
		Reply sameUscc = http().post(PATH, """
				{"code":"440106-CZ","name":"天河区财政局","uscc":"114401000074822121","parentCode":"440100-GA"}
				""", auth(admin()));

		assertThat(sameCode.code()).isEqualTo("DEPARTMENT_EXISTS");
		assertThat(sameUscc.status()).isEqualTo(409);
		assertThat(sameUscc.code()).isEqualTo("USCC_TAKEN");
	}

	@Test
	void malformedCodeIsAValidationProblem() {
		Reply reply = http().post(PATH, """
				{"code":"4401-GA","name":"x","uscc":"114401000074822121"}
				""", auth(admin()));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void departmentAdminsAndResidentsCannotManageDepartments() {
		String body = """
				{"code":"440106-JY","name":"天河区教育局","uscc":"11440106MB2C904606","parentCode":"440100-GA"}
				""";
		assertThat(http().post(PATH, body, auth(TOKENS.staff("a", "440100-GA", "dept_admin").bearer())).status())
			.isEqualTo(403);
		assertThat(http().post(PATH, body, auth(TOKENS.resident("r").bearer())).status()).isEqualTo(403);
		assertThat(http()
			.put(PATH + "/440100-GA/name", "{\"name\":\"x\"}",
					auth(TOKENS.staff("a", "440100-GA", "dept_admin").bearer()))
			.status()).isEqualTo(403);
		assertThat(http().post(PATH, body).status()).isEqualTo(401);
	}

	@Test
	void unknownDepartmentIsA404() {
		Reply reply = http().get(PATH + "/999999-XX", auth(TOKENS.resident("r").bearer()));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.code()).isEqualTo("DEPARTMENT_NOT_FOUND");
	}

}

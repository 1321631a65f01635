package org.shengshi.identity.staff;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.shared.Ids;
import org.shengshi.identity.support.IdentityServiceIT;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaffMapperIT extends IdentityServiceIT {

	@Autowired
	private StaffMapper mapper;

	@Test
	void findByDepartmentReturnsTheSeededStaffWithRoles() {
		assertThat(this.mapper.findByDepartment("440100-MZ")).extracting(StaffRow::username)
			.containsExactly("officer2");
		StaffRow officer = this.mapper.findByDepartment("440100-GA")
			.stream()
			.filter((row) -> row.username().equals("officer1"))
			.findFirst()
			.orElseThrow();
		assertThat(officer.toMember().roles()).containsExactly("case_officer");
	}

	@Test
	void insertedMemberIsFoundByIdWithSortedRoles() {
		String id = Ids.newId();
		assertThat(this.mapper.insertMember(id, "mapper-it-" + id, "kc-" + id, "440106-GA")).isEqualTo(1);
		this.mapper.insertRole(id, "dept_publisher");
		this.mapper.insertRole(id, "case_officer");
		this.mapper.insertRole(id, "case_officer");

		StaffRow row = this.mapper.findById(id);

		assertThat(row.departmentCode()).isEqualTo("440106-GA");
		assertThat(row.subject()).isEqualTo("kc-" + id);
		assertThat(row.toMember().roles()).containsExactly("case_officer", "dept_publisher");
	}

	@Test
	void deleteRoleRemovesOnlyThatRole() {
		String id = Ids.newId();
		this.mapper.insertMember(id, "mapper-del-" + id, null, "440106-GA");
		this.mapper.insertRole(id, "dept_publisher");
		this.mapper.insertRole(id, "case_officer");

		assertThat(this.mapper.deleteRole(id, "case_officer")).isEqualTo(1);
		assertThat(this.mapper.deleteRole(id, "case_officer")).isZero();
		assertThat(this.mapper.findById(id).toMember().roles()).containsExactly("dept_publisher");
	}

	@Test
	void usernameTakenAndDuplicateUsernameRefused() {
		assertThat(this.mapper.usernameTaken("officer1")).isTrue();
		assertThat(this.mapper.usernameTaken("nobody-" + Ids.newId())).isFalse();
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mapper.insertMember(Ids.newId(), "officer1", null, "440100-GA"));
	}

	@Test
	void memberOfUnknownDepartmentRefused() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.mapper.insertMember(Ids.newId(), "ghost-" + Ids.newId(), null, "999999-XX"));
	}

	@Test
	void findByIdOfUnknownIsNull() {
		assertThat(this.mapper.findById(Ids.newId())).isNull();
	}

}

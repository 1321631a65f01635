package org.shengshi.identity.staff;

import java.util.List;
import java.util.Map;

import org.shengshi.identity.department.DepartmentService;
import org.shengshi.identity.provider.IdentityProvider;
import org.shengshi.identity.provider.IdentityProviderException;
import org.shengshi.identity.shared.Ids;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts per department. Every query is scoped to one department, the caller's.
 */
@Service
public class StaffService {

	private final StaffMapper mapper;

	private final IdentityProvider provider;

	private final DepartmentService departments;

	StaffService(StaffMapper mapper, IdentityProvider provider, DepartmentService departments) {
		this.mapper = mapper;
		this.provider = provider;
		this.departments = departments;
	}

	@Transactional(readOnly = true)
	public List<StaffMember> staffOf(String department) {
		return this.mapper.findByDepartment(department).stream().map(StaffRow::toMember).toList();
	}

	/**
	 * Creates the Keycloak user (department attribute, loa 2, roles) and then the local
	 * row; if the local insert fails the Keycloak user is deleted again, so nothing stays
	 * half-created.
	 */
	@Transactional
	StaffMember create(String department, NewStaff request) {
		request.roles().forEach(StaffRoles::requireGrantable);
		this.departments.find(department)
			.orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "DEPARTMENT_UNKNOWN", "部门不存在",
					"The caller's department does not exist"));
		if (this.mapper.usernameTaken(request.username())) {
			throw usernameTaken();
		}
		String subject = createInProvider(department, request);
		String id = Ids.newId();
		try {
			this.mapper.insertMember(id, request.username(), subject, department);
			request.roles().forEach((role) -> this.mapper.insertRole(id, role));
		}
		catch (DataAccessException ex) {
			this.provider.deleteUser(subject);
			throw ex;
		}
		return this.mapper.findById(id).toMember();
	}

	@Transactional
	StaffMember grant(String department, String staffId, String role) {
		StaffRoles.requireGrantable(role);
		StaffRow row = linkedMemberOf(department, staffId);
		if (this.mapper.insertRole(staffId, role) == 1) {
			inProvider(() -> this.provider.assignRealmRole(row.subject(), role));
		}
		return this.mapper.findById(staffId).toMember();
	}

	@Transactional
	StaffMember revoke(String department, String staffId, String role) {
		StaffRoles.requireGrantable(role);
		StaffRow row = linkedMemberOf(department, staffId);
		if (this.mapper.deleteRole(staffId, role) == 1) {
			inProvider(() -> this.provider.removeRealmRole(row.subject(), role));
		}
		return this.mapper.findById(staffId).toMember();
	}

	private String createInProvider(String department, NewStaff request) {
		try {
			return this.provider.createUser(request.username(), Map.of("department", department, "loa", "2"),
					request.roles());
		}
		catch (IdentityProviderException ex) {
			if (ex.conflict()) {
				throw usernameTaken();
			}
			throw providerUnavailable();
		}
	}

	/**
	 * A staff member of the caller's department; one of another department is reported as
	 * not found, so ids of other departments reveal nothing.
	 */
	private StaffRow linkedMemberOf(String department, String staffId) {
		StaffRow row = this.mapper.findById(staffId);
		if (row == null || !row.departmentCode().equals(department)) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "STAFF_NOT_FOUND", "工作人员不存在", "Staff member not found");
		}
		if (row.subject() == null) {
			throw new ProblemException(HttpStatus.CONFLICT, "STAFF_NOT_LINKED", "该账号尚未关联统一身份认证",
					"This staff account is not linked to the identity provider yet");
		}
		return row;
	}

	private static void inProvider(Runnable change) {
		try {
			change.run();
		}
		catch (IdentityProviderException ex) {
			throw providerUnavailable();
		}
	}

	private static ProblemException usernameTaken() {
		return new ProblemException(HttpStatus.CONFLICT, "USERNAME_TAKEN", "用户名已被使用", "Username already taken");
	}

	static ProblemException providerUnavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE", "统一身份认证暂不可用，请稍后重试",
				"Identity provider unavailable, please retry")
			.with("retriable", true);
	}

}

package org.shengshi.identity.staff;

import java.util.Set;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The roles a department administrator may grant inside the department.
 */
final class StaffRoles {

	static final Set<String> GRANTABLE = Set.of("dept_publisher", "catalog_reviewer", "case_officer", "dept_admin");

	private StaffRoles() {
	}

	static void requireGrantable(String role) {
		if (!GRANTABLE.contains(role)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "ROLE_NOT_GRANTABLE", "该角色不能由部门管理员授予",
					"This role cannot be granted by a department administrator")
				.with("role", role);
		}
	}

}

package org.shengshi.identity.staff;

import java.util.List;

import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/staff")
class StaffController {

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	/**
	 * The staff of the caller's own department (department administrators only).
	 */
	@GetMapping
	@PreAuthorize("hasRole('dept_admin')")
	List<StaffMember> list(CurrentUser user) {
		return this.staff.staffOf(user.requireDepartment());
	}

}

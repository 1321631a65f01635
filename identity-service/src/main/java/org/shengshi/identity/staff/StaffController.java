package org.shengshi.identity.staff;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

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

	@PostMapping
	@Idempotent
	@PreAuthorize("hasRole('dept_admin')")
	ResponseEntity<StaffMember> create(CurrentUser user, @Valid @RequestBody NewStaff request) {
		StaffMember created = this.staff.create(user.requireDepartment(), request);
		return ResponseEntity.created(URI.create("/api/v1/identity/staff/" + created.id())).body(created);
	}

	@PutMapping("/{id}/roles/{role}")
	@PreAuthorize("hasRole('dept_admin')")
	StaffMember grant(CurrentUser user, @PathVariable String id, @PathVariable String role) {
		return this.staff.grant(user.requireDepartment(), id, role);
	}

	@DeleteMapping("/{id}/roles/{role}")
	@PreAuthorize("hasRole('dept_admin')")
	StaffMember revoke(CurrentUser user, @PathVariable String id, @PathVariable String role) {
		return this.staff.revoke(user.requireDepartment(), id, role);
	}

}

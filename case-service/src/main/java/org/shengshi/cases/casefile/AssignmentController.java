package org.shengshi.cases.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Claiming and assigning a case of the department's work queue. */
@RestController
class AssignmentController {

	private final CaseAccess access;

	private final CaseAssignments assignments;

	AssignmentController(CaseAccess access, CaseAssignments assignments) {
		this.access = access;
		this.assignments = assignments;
	}

	@PostMapping("/api/v1/cases/{id}/claim")
	@PreAuthorize("hasRole('case_officer')")
	CaseSummary claim(CurrentUser user, @PathVariable String id, @Valid @RequestBody Claim request) {
		CaseRow row = this.access.forOfficer(id, user);
		return CaseSummary.of(this.assignments.claim(row, request.version(), user.subject()));
	}

	@PostMapping("/api/v1/cases/{id}/assignment")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	CaseSummary assign(CurrentUser user, @PathVariable String id, @Valid @RequestBody Assignment request) {
		CaseRow row = this.access.forDepartmentStaff(id, user);
		return CaseSummary.of(this.assignments.assign(row, request.version(), request.assignee()));
	}

	/**
	 * A claim.
	 *
	 * @param version the case version the officer saw
	 */
	record Claim(@NotNull @Min(0) Integer version) {
	}

	/**
	 * An assignment.
	 *
	 * @param assignee the subject of an officer of the department
	 * @param version the case version the caller saw
	 */
	record Assignment(@NotBlank @Pattern(regexp = "[A-Za-z0-9._:@-]{1,64}") String assignee,
			@NotNull @Min(0) Integer version) {
	}

}

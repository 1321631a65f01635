package org.shengshi.certificate.presentations;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holder authorises a department to use a certificate in one case; the department's
 * officers read it within that case.
 */
@RestController
@RequestMapping("/api/v1/certificates/{id}")
class CaseAuthorisationsController {

	private static final int AUTHORISE_LOA = 2;

	private static final int DEFAULT_VALID_HOURS = 72;

	private final CaseAuthorisations authorisations;

	CaseAuthorisationsController(CaseAuthorisations authorisations) {
		this.authorisations = authorisations;
	}

	@PostMapping("/authorisations")
	@ResponseStatus(HttpStatus.CREATED)
	@Idempotent
	@PreAuthorize("hasRole('resident')")
	CaseAuthorisation grant(CurrentUser user, @PathVariable String id, @Valid @RequestBody GrantBody body) {
		user.requireLoa(AUTHORISE_LOA);
		int hours = (body.validHours() != null) ? body.validHours() : DEFAULT_VALID_HOURS;
		return this.authorisations.grant(id, user.subject(), body.caseId(), body.department(), hours);
	}

	@GetMapping("/authorisations")
	@PreAuthorize("hasRole('resident')")
	List<CaseAuthorisation> list(CurrentUser user, @PathVariable String id) {
		return this.authorisations.list(id, user.subject());
	}

	@DeleteMapping("/authorisations/{authorisationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('resident')")
	void revoke(CurrentUser user, @PathVariable String id, @PathVariable String authorisationId) {
		this.authorisations.revoke(id, user.subject(), authorisationId);
	}

	@GetMapping("/case-read")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	CaseAuthorisations.DepartmentRead read(CurrentUser user, @PathVariable String id,
			@RequestParam @NotBlank @Size(max = 64) String caseId) {
		return this.authorisations.read(id, caseId, user.requireDepartment());
	}

	record GrantBody(@NotBlank @Size(max = 64) String caseId,
			@NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,32}") String department, Integer validHours) {
	}

}

package org.shengshi.certificate.certificates;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shengshi.certificate.status.CertificateEvent;
import org.shengshi.certificate.status.StatusChange;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Wallet (holders), issued list, issuance and status changes (issuing department).
 */
@RestController
@RequestMapping("/api/v1/certificates")
class CertificatesController {

	private static final int FULL_VIEW_LOA = 2;

	private final CertificateQueries queries;

	private final Issuance issuance;

	private final StatusChanges statusChanges;

	CertificatesController(CertificateQueries queries, Issuance issuance, StatusChanges statusChanges) {
		this.queries = queries;
		this.issuance = issuance;
		this.statusChanges = statusChanges;
	}

	@GetMapping("/wallet")
	@PreAuthorize("hasRole('resident')")
	List<CertificateSummary> wallet(CurrentUser user) {
		return this.queries.wallet(user.subject());
	}

	@GetMapping("/wallet/{id}")
	@PreAuthorize("hasRole('resident')")
	CertificateView open(CurrentUser user, @PathVariable String id) {
		user.requireLoa(FULL_VIEW_LOA);
		return this.queries.openForHolder(id, user.subject());
	}

	@GetMapping("/issued")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	List<CertificateSummary> issued(CurrentUser user) {
		return this.queries.issuedBy(user.requireDepartment());
	}

	@PostMapping
	@Idempotent
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	ResponseEntity<Issued> issue(CurrentUser user, @Valid @RequestBody IssueRequest request) {
		String department = user.requireDepartment();
		if (!this.issuance.typeOf(request.typeCode()).issuer().code().equals(department)) {
			throw CertificateProblems.notTheIssuer();
		}
		CertificateRow row = this.issuance.issue(new IssueCommand(request.typeCode(), request.holderSubject(),
				request.fields(), request.validFrom(), null, user.subject(), true));
		return ResponseEntity.created(URI.create("/api/v1/certificates/" + row.id()))
			.body(new Issued(row.id(), row.identifier(), row.kid()));
	}

	@PostMapping("/{id}/status-changes")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	StatusChanged changeStatus(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody StatusChangeRequest request) {
		StatusChange change = this.statusChanges.change(id, user.requireDepartment(), request.event(), user.subject(),
				request.reason());
		return new StatusChanged(id, change.from().code(), change.to().code(), change.to().label());
	}

	record IssueRequest(@NotBlank @Size(max = 32) String typeCode, @Size(max = 64) String holderSubject,
			@NotEmpty @Size(max = 64) Map<@NotBlank @Size(max = 64) String, @Size(max = 2000) String> fields,
			LocalDate validFrom) {
	}

	record Issued(String id, String identifier, String kid) {
	}

	record StatusChangeRequest(@NotNull CertificateEvent event, @Size(max = 500) String reason) {
	}

	record StatusChanged(String id, String from, String to, String label) {
	}

}

package org.shengshi.cases.casefile;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shengshi.cases.casefile.CaseAccess.Acting;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' cases: filing, drafts, their own list, details, timeline; actions by
 * applicant or officer.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Validated
class CaseController {

	private final CaseQueries queries;

	private final Filing filing;

	private final CaseAccess access;

	private final CaseTransitions transitions;

	CaseController(CaseQueries queries, Filing filing, CaseAccess access, CaseTransitions transitions) {
		this.queries = queries;
		this.filing = filing;
		this.access = access;
		this.transitions = transitions;
	}

	@GetMapping
	@PreAuthorize("hasRole('resident')")
	CasePage<CaseSummary> ownCases(CurrentUser user, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.queries.ownCases(user, cursor, limit);
	}

	@PostMapping
	@PreAuthorize("hasRole('resident')")
	@Idempotent
	ResponseEntity<CaseSummary> file(CurrentUser user, @AuthenticationPrincipal Jwt token,
			@Valid @RequestBody NewCase request, @RequestParam(defaultValue = "false") boolean submit) {
		Filing.Filed filed = this.filing.fileOnline(user.subject(), "Bearer " + token.getTokenValue(), request, submit);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + filed.row().id))
			.body(CaseSummary.of(filed.row()).withPrefill(filed.prefill()));
	}

	@PostMapping("/walk-ins")
	@PreAuthorize("hasRole('case_officer')")
	@Idempotent
	ResponseEntity<CaseSummary> walkIn(CurrentUser user, @Valid @RequestBody NewCase request) {
		return created(this.filing.fileWalkIn(user.subject(), user.requireDepartment(), request));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('resident', 'case_officer')")
	CaseSummary one(CurrentUser user, @PathVariable String id) {
		return CaseSummary.of(this.access.forActor(id, user).row());
	}

	@PutMapping("/{id}/form")
	@PreAuthorize("hasRole('resident')")
	CaseSummary updateDraft(CurrentUser user, @PathVariable String id, @Valid @RequestBody DraftUpdate update) {
		CaseRow draft = this.access.forApplicant(id, user);
		this.filing.updateDraft(draft, update.version(), update.formValues());
		return CaseSummary.of(this.access.forApplicant(id, user));
	}

	@PostMapping("/{id}/submission")
	@PreAuthorize("hasRole('resident')")
	@Idempotent
	CaseSummary submit(CurrentUser user, @PathVariable String id, @Valid @RequestBody Submission submission) {
		CaseRow draft = this.access.forApplicant(id, user);
		return CaseSummary.of(this.filing.submitDraft(draft, submission.version(), user.subject()));
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize("hasAnyRole('resident', 'case_officer')")
	CaseSummary act(CurrentUser user, @PathVariable String id, @Valid @RequestBody ActionRequest request) {
		Acting acting = this.access.forActor(id, user);
		return CaseSummary.of(this.transitions.apply(acting.row(), request.version(), request.action(), acting.actor(),
				request.input()));
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasRole('resident')")
	List<TimelineView> timeline(CurrentUser user, @PathVariable String id) {
		return this.queries.timeline(id, user);
	}

	private static ResponseEntity<CaseSummary> created(CaseRow row) {
		return ResponseEntity.created(URI.create("/api/v1/cases/" + row.id)).body(CaseSummary.of(row));
	}

}

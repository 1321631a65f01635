package org.shengshi.cases.casefile;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shengshi.cases.lifecycle.CaseKind;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officer's work queue: own department only, by due date, keyset-paginated;
 * applications, consultations and complaints alike ({@code kind} filters).
 */
@RestController
@RequestMapping("/api/v1/cases/queue")
@Validated
@PreAuthorize("hasRole('case_officer')")
class QueueController {

	private final CaseQueries queries;

	private final SlaQueries sla;

	QueueController(CaseQueries queries, SlaQueries sla) {
		this.queries = queries;
		this.sla = sla;
	}

	@GetMapping("/due-soon")
	List<DueCase> dueSoon(CurrentUser user) {
		return this.sla.dueSoon(user.requireDepartment());
	}

	@GetMapping("/overdue")
	List<DueCase> overdue(CurrentUser user) {
		return this.sla.overdue(user.requireDepartment());
	}

	@GetMapping
	CasePage<CaseSummary> queue(CurrentUser user, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) CaseKind kind, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.queries.queue(user, status, kind, mine, cursor, limit);
	}

}

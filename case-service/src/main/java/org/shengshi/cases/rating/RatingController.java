package org.shengshi.cases.rating;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 好差评: the applicant rates; the department sees tickets and statistics and answers. */
@RestController
@RequestMapping("/api/v1/cases")
@Validated
class RatingController {

	private final Ratings ratings;

	RatingController(Ratings ratings) {
		this.ratings = ratings;
	}

	@PostMapping("/{id}/evaluation")
	@PreAuthorize("hasRole('resident')")
	@Idempotent
	ResponseEntity<RatingResult> rate(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody RatingRequest request) {
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/evaluation"))
			.body(this.ratings.rate(id, user, request));
	}

	@GetMapping("/rectifications")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	List<TicketView> tickets(CurrentUser user,
			@RequestParam(required = false) @Pattern(regexp = "OPEN|ANSWERED") String status) {
		return this.ratings.tickets(user.requireDepartment(), status);
	}

	@PostMapping("/rectifications/{ticketId}/answer")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	TicketView answer(CurrentUser user, @PathVariable String ticketId, @Valid @RequestBody TicketAnswer answer) {
		return this.ratings.answer(ticketId, user, answer);
	}

	@GetMapping("/evaluations/stats")
	@PreAuthorize("hasAnyRole('case_officer', 'dept_admin')")
	StatsView stats(CurrentUser user) {
		return this.ratings.stats(user.requireDepartment());
	}

}

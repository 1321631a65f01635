package org.shengshi.cases.casefile;

import java.net.URI;

import jakarta.validation.Valid;
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
 * Consultations and complaints (咨询投诉): residents file them and read the answer; officers
 * of the department read them here and act through {@code POST
 * /api/v1/cases/{id}/actions} ({@code ANSWER} with the answer as {@code opinion}, then
 * {@code CLOSE}).
 */
@RestController
@RequestMapping("/api/v1/cases/inquiries")
class InquiryController {

	private final Inquiries inquiries;

	InquiryController(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@PostMapping
	@PreAuthorize("hasRole('resident')")
	@Idempotent
	ResponseEntity<InquiryView> file(CurrentUser user, @Valid @RequestBody NewInquiry request) {
		InquiryView filed = this.inquiries.file(user, request);
		return ResponseEntity.created(URI.create("/api/v1/cases/inquiries/" + filed.id())).body(filed);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('resident', 'case_officer')")
	InquiryView one(CurrentUser user, @PathVariable String id) {
		return this.inquiries.find(id, user);
	}

}

package org.shengshi.identity.face;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shengshi.identity.face.FaceService.LoaGranted;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FaceController {

	private final FaceService faces;

	private final CounterVerificationService counters;

	FaceController(FaceService faces, CounterVerificationService counters) {
		this.faces = faces;
		this.counters = counters;
	}

	/**
	 * Face step-up of the calling resident (real-name verified): loa 3 for the configured
	 * minutes; new tokens carry {@code loa} 3 and {@code loa_exp}.
	 */
	@PostMapping("/api/v1/identity/face-verifications")
	@Idempotent
	@PreAuthorize("hasRole('resident')")
	LoaGranted verifyFace(CurrentUser user, @Valid @RequestBody FaceRequest request) {
		return this.faces.stepUp(user.subject(), request.livenessToken());
	}

	/**
	 * A case officer records that the resident was verified in person at a window.
	 */
	@PostMapping("/api/v1/identity/counter-verifications")
	@Idempotent
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('case_officer')")
	CounterVerified verifyAtCounter(CurrentUser officer, @Valid @RequestBody CounterRequest request) {
		return this.counters.record(officer, request);
	}

	record FaceRequest(@NotBlank @Size(max = 2048) @Pattern(regexp = "^[A-Za-z0-9._~+/=-]+$") String livenessToken) {
	}

}

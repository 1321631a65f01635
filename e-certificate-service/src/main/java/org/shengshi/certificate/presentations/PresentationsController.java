package org.shengshi.certificate.presentations;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shengshi.certificate.certificates.CertificateQueries;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * QR presentation by the holder, verification by registered verifier systems, and the
 * holder's use log.
 */
@RestController
@RequestMapping("/api/v1/certificates")
class PresentationsController {

	private static final int PRESENTATION_LOA = 2;

	private final Presentations presentations;

	private final Verifications verifications;

	private final CertificateQueries certificates;

	private final UseLogMapper useLog;

	PresentationsController(Presentations presentations, Verifications verifications, CertificateQueries certificates,
			UseLogMapper useLog) {
		this.presentations = presentations;
		this.verifications = verifications;
		this.certificates = certificates;
		this.useLog = useLog;
	}

	@PostMapping("/{id}/presentations")
	@ResponseStatus(HttpStatus.CREATED)
	@Idempotent
	@PreAuthorize("hasRole('resident')")
	Presentations.Issued present(CurrentUser user, @PathVariable String id, @Valid @RequestBody PresentationBody body) {
		user.requireLoa(PRESENTATION_LOA);
		return this.presentations.present(id, user.subject(), body.purpose(), body.fields(), body.ttlSeconds());
	}

	@PostMapping("/verifications")
	@PreAuthorize("hasAnyRole('verifier', 'system')")
	Verifications.Verified verify(CurrentUser user, @Valid @RequestBody VerificationBody body) {
		return this.verifications.verify(user.clientId(), body.token());
	}

	@GetMapping("/{id}/uses")
	@PreAuthorize("hasRole('resident')")
	List<UseRecord> uses(CurrentUser user, @PathVariable String id) {
		this.certificates.ownedBy(id, user.subject());
		return this.useLog.findByCertificate(id);
	}

	record PresentationBody(@Size(max = 40) String purpose, @Size(max = 64) List<@NotBlank String> fields,
			Integer ttlSeconds) {
	}

	record VerificationBody(@NotBlank @Size(max = 64) String token) {
	}

}

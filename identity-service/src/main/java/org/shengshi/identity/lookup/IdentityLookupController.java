package org.shengshi.identity.lookup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-to-service reads of a verified resident (client credentials, role
 * {@code system}): by the reference of {@code resident.realname-verified}
 * (e-certificate-service) or by subject (case-service prefilling forms). Both answer the
 * same record and both are recorded in the resident's access log.
 */
@RestController
class IdentityLookupController {

	private final IdentityLookupService lookups;

	IdentityLookupController(IdentityLookupService lookups) {
		this.lookups = lookups;
	}

	@GetMapping("/api/v1/identity/identities/{identityId}")
	@PreAuthorize("hasRole('system')")
	ResidentRecord byId(CurrentUser client, @PathVariable @Size(max = 64) String identityId,
			@RequestParam @NotBlank @Size(min = 2, max = 200) String purpose) {
		return this.lookups.byId(client, identityId, purpose);
	}

	@GetMapping(path = "/api/v1/identity/identities", params = "subject")
	@PreAuthorize("hasRole('system')")
	ResidentRecord bySubject(CurrentUser client, @RequestParam @NotBlank @Size(max = 64) String subject,
			@RequestParam @NotBlank @Size(min = 2, max = 200) String purpose) {
		return this.lookups.bySubject(client, subject, purpose);
	}

}

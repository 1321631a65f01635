package org.shengshi.identity.delegation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/identity/delegations")
class DelegationController {

	private final DelegationService delegations;

	DelegationController(DelegationService delegations) {
		this.delegations = delegations;
	}

	@PostMapping
	@Idempotent
	@PreAuthorize("hasRole('resident')")
	ResponseEntity<Delegation> create(CurrentUser user, @Valid @RequestBody NewDelegation request) {
		Delegation created = this.delegations.create(user.requireLoa(2).subject(), request);
		return ResponseEntity.created(URI.create("/api/v1/identity/delegations/" + created.id())).body(created);
	}

	/**
	 * Delegations the caller gave and received.
	 */
	@GetMapping
	@PreAuthorize("hasRole('resident')")
	DelegationService.Parties list(CurrentUser user) {
		return this.delegations.list(user.subject());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('resident')")
	Delegation revoke(CurrentUser user, @PathVariable String id) {
		return this.delegations.revoke(user.subject(), id);
	}

	@GetMapping("/{id}/uses")
	@PreAuthorize("hasRole('resident')")
	List<DelegationUse> uses(CurrentUser user, @PathVariable String id) {
		return this.delegations.uses(user.subject(), id);
	}

	/**
	 * May {@code delegate} act for {@code delegator} on {@code item} now? For platform
	 * services (client credentials, role system); an allowed answer is recorded as a use.
	 */
	@GetMapping("/check")
	@PreAuthorize("hasRole('system')")
	DelegationService.Check check(CurrentUser client, @RequestParam @NotBlank @Size(max = 64) String delegator,
			@RequestParam @NotBlank @Size(max = 64) String delegate,
			@RequestParam @NotBlank @Size(max = 64) String item) {
		return this.delegations.check(delegator, delegate, item, client.clientId());
	}

}

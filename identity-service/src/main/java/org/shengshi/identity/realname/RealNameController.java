package org.shengshi.identity.realname;

import jakarta.validation.Valid;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RealNameController {

	private final RealNameService realName;

	RealNameController(RealNameService realName) {
		this.realName = realName;
	}

	/**
	 * Verifies the caller's name and ID number; on a registry match the account is bound
	 * to the ID number and gets loa 2 (new tokens carry it).
	 */
	@PostMapping("/api/v1/identity/realname")
	@Idempotent
	@PreAuthorize("hasRole('resident')")
	RealNameResult verify(CurrentUser user, @Valid @RequestBody RealNameRequest request) {
		return this.realName.verify(user.subject(), request);
	}

}

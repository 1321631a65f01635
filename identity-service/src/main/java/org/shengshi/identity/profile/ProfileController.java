package org.shengshi.identity.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shengshi.identity.realname.MaskedIdentity;
import org.shengshi.identity.realname.VerifiedIdentity;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProfileController {

	private final ProfileService profiles;

	ProfileController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/v1/identity/profile")
	@PreAuthorize("hasRole('resident')")
	MaskedIdentity profile(CurrentUser user) {
		return this.profiles.masked(user.subject());
	}

	/**
	 * The caller's own identity in full: needs loa 3 (face-verified) and a purpose;
	 * recorded.
	 */
	@PostMapping("/api/v1/identity/profile/unmask")
	@PreAuthorize("hasRole('resident')")
	Unmasked unmask(CurrentUser user, @Valid @RequestBody Purpose request) {
		user.requireLoa(3);
		return Unmasked.of(this.profiles.unmaskOwn(user, request.purpose()));
	}

	@GetMapping("/api/v1/identity/profile/access-log")
	@PreAuthorize("hasRole('resident')")
	List<AccessEntry> accessLog(CurrentUser user) {
		return this.profiles.accessLog(user.subject());
	}

	record Purpose(@NotBlank @Size(min = 2, max = 200) String purpose) {
	}

	record Unmasked(String identityId, String subject, String name, String idNumber, String regionCode) {

		static Unmasked of(VerifiedIdentity identity) {
			return new Unmasked(identity.identityId(), identity.subject(), identity.name(), identity.idNumber(),
					identity.regionCode());
		}

		@Override
		public String toString() {
			return "Unmasked[" + this.identityId + "]";
		}

	}

}

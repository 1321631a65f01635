package org.shengshi.identity.me;

import java.util.List;

import org.shengshi.identity.realname.MaskedIdentity;
import org.shengshi.identity.realname.RealNameService;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	private final RealNameService realName;

	MeController(RealNameService realName) {
		this.realName = realName;
	}

	/**
	 * Who the caller is, as the token says, with the masked real-name profile if
	 * verified.
	 */
	@GetMapping("/api/v1/identity/me")
	Me me(CurrentUser user) {
		MaskedIdentity profile = this.realName.maskedIdentity(user.subject()).orElse(null);
		return new Me(user.subject(), user.roles().stream().sorted().toList(), user.department(), user.loa(), profile);
	}

	/**
	 * The caller.
	 *
	 * @param subject token subject
	 * @param roles realm roles
	 * @param department department code of staff, absent for residents
	 * @param loa assurance level 0..3
	 * @param profile masked real-name identity, absent until verified
	 */
	record Me(String subject, List<String> roles, String department, int loa, MaskedIdentity profile) {
	}

}

package org.shengshi.identity.me;

import java.util.List;

import org.shengshi.platform.security.CurrentUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	/**
	 * Who the caller is, as the token says.
	 */
	@GetMapping("/api/v1/identity/me")
	Me me(CurrentUser user) {
		return new Me(user.subject(), List.copyOf(user.roles()).stream().sorted().toList(), user.department(),
				user.loa());
	}

	/**
	 * The caller.
	 *
	 * @param subject token subject
	 * @param roles realm roles
	 * @param department department code of staff, absent for residents
	 * @param loa assurance level 0..3
	 */
	record Me(String subject, List<String> roles, String department, int loa) {
	}

}

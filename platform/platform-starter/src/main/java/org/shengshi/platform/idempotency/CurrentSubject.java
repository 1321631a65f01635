package org.shengshi.platform.idempotency;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.ClassUtils;

/**
 * Whose idempotency keys a request uses: the JWT {@code sub} of the authenticated caller,
 * the name of another authenticated principal, or {@code anonymous}.
 */
final class CurrentSubject {

	private static final boolean SECURITY_PRESENT = ClassUtils.isPresent(
			"org.springframework.security.core.context.SecurityContextHolder", CurrentSubject.class.getClassLoader());

	private static final boolean JWT_PRESENT = ClassUtils.isPresent("org.springframework.security.oauth2.jwt.Jwt",
			CurrentSubject.class.getClassLoader());

	static final String ANONYMOUS = "anonymous";

	private CurrentSubject() {
	}

	static String get() {
		return SECURITY_PRESENT ? fromSecurityContext() : ANONYMOUS;
	}

	private static String fromSecurityContext() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		if (JWT_PRESENT && authentication.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
			return "sub:" + jwt.getSubject();
		}
		return "name:" + authentication.getName();
	}

}

package org.shengshi.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.shengshi.platform.common.security.BearerHeader;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads the bearer token as Spring Security's {@code DefaultBearerTokenResolver} does by
 * default (the {@code Authorization} header only; no query-parameter or form tokens), by
 * {@link BearerHeader}'s character loop instead of a regular expression (ADR 0033).
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {

	@Override
	public String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (!BearerHeader.announced(header)) {
			return null;
		}
		String token = BearerHeader.token(header);
		if (token == null) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken(BearerHeader.MALFORMED));
		}
		return token;
	}

}

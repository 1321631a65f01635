package org.shengshi.gateway.security;

import org.shengshi.platform.common.security.BearerHeader;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the bearer token as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} does by default (only the first
 * {@code Authorization} header; no query-parameter or form tokens), by
 * {@link BearerHeader}'s character loop instead of a regular expression (ADR 0033).
 * {@code BearerTokenConverterTest} holds both converters to the same outcomes.
 */
final class BearerTokenConverter implements ServerAuthenticationConverter {

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		return Mono.defer(() -> {
			String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			if (!BearerHeader.announced(header)) {
				return Mono.empty();
			}
			String token = BearerHeader.token(header);
			if (token == null) {
				return Mono
					.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken(BearerHeader.MALFORMED)));
			}
			return Mono.just(new BearerTokenAuthenticationToken(token));
		});
	}

}

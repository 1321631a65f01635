package org.shengshi.platform.security;

import org.shengshi.platform.common.security.AcceptedTokenMemory;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The service's token decoder (JWKS, issuer, audience, timestamps, from Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}) behind a memory of the tokens it
 * has accepted, as in the gateway (ADR 0031): a resident's app sends the same token with
 * every request for its lifetime, and checking it in full each time was a quarter of
 * identity-service's CPU per request (docs/performance.md, session 12).
 */
final class AcceptedTokens implements JwtDecoder {

	private final JwtDecoder decoder;

	private final AcceptedTokenMemory memory;

	AcceptedTokens(JwtDecoder decoder, AcceptedTokenMemory memory) {
		this.decoder = decoder;
		this.memory = memory;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.memory.recall(token);
		if (known != null) {
			return known;
		}
		Jwt checked = this.decoder.decode(token);
		this.memory.accepted(token, checked);
		return checked;
	}

}

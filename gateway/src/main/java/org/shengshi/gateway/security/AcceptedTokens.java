package org.shengshi.gateway.security;

import org.shengshi.platform.common.security.AcceptedTokenMemory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The gateway's token decoder (JWKS, issuer, audience, timestamps) behind a memory of the
 * tokens it has accepted, so an app sending the same token with each request is checked
 * in full once, not on every request (ADR 0031; the rules: {@link AcceptedTokenMemory}).
 */
final class AcceptedTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder decoder;

	private final AcceptedTokenMemory memory;

	AcceptedTokens(ReactiveJwtDecoder decoder, AcceptedTokenMemory memory) {
		this.decoder = decoder;
		this.memory = memory;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.memory.recall(token);
		if (known != null) {
			return Mono.just(known);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> this.memory.accepted(token, jwt));
	}

}

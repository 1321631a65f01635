package org.shengshi.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers the access tokens the gateway has accepted, so an app sending the same token
 * with each request is checked in full (RS256 signature, issuer, audience, timestamps)
 * once, not on every request (ADR 0031). The key is the whole token text: a token
 * differing in any character, a tampered signature included, is a different key and is
 * checked in full. Only accepted tokens are remembered, and a remembered one is used only
 * while it is within its own {@code nbf}..{@code exp} with no clock skew allowed
 * (stricter than the full check); after that it is checked in full again, which refuses
 * it.
 */
final class AcceptedTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder decoder;

	private final Clock clock;

	private final Cache<String, Jwt> accepted;

	AcceptedTokens(ReactiveJwtDecoder decoder, Clock clock, long maxTokens, Duration maxAge) {
		this.decoder = decoder;
		this.clock = clock;
		this.accepted = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(maxAge).build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.accepted.getIfPresent(token);
		if (known != null && current(known)) {
			return Mono.just(known);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> {
			if (current(jwt)) {
				this.accepted.put(token, jwt);
			}
		});
	}

	private boolean current(Jwt jwt) {
		Instant now = this.clock.instant();
		Instant expires = jwt.getExpiresAt();
		Instant notBefore = jwt.getNotBefore();
		return expires != null && now.isBefore(expires) && (notBefore == null || !now.isBefore(notBefore));
	}

}

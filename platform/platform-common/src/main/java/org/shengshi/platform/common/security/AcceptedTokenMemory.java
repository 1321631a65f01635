package org.shengshi.platform.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The access tokens a process has accepted after checking them in full (RS256 signature,
 * issuer, audience, timestamps), so an app sending the same token with each request is
 * checked once, not on every request (ADR 0031). The key is the whole token text: a token
 * differing in any character, a tampered signature included, is a different key and is
 * checked in full. Only what the caller reports as accepted is remembered, and a
 * remembered token is handed out only while the clock is within its own
 * {@code nbf}..{@code exp} with no skew allowed (stricter than the full check); after
 * that the caller checks it in full again, which refuses it. Thread-safe.
 */
public final class AcceptedTokenMemory {

	private final Clock clock;

	private final Cache<String, Jwt> accepted;

	/**
	 * At most {@code maxTokens} tokens, each remembered for at most {@code maxAge}.
	 */
	public AcceptedTokenMemory(Clock clock, long maxTokens, Duration maxAge) {
		if (maxTokens < 1 || maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("max tokens and max age must be positive");
		}
		this.clock = clock;
		this.accepted = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(maxAge).build();
	}

	/**
	 * The claims of {@code token} if it was accepted before and is current; else null.
	 */
	public Jwt recall(String token) {
		Jwt known = this.accepted.getIfPresent(token);
		return (known != null && current(known)) ? known : null;
	}

	/**
	 * Remembers {@code jwt}, just accepted in full for {@code token}, if it is current.
	 */
	public void accepted(String token, Jwt jwt) {
		if (current(jwt)) {
			this.accepted.put(token, jwt);
		}
	}

	private boolean current(Jwt jwt) {
		Instant now = this.clock.instant();
		Instant expires = jwt.getExpiresAt();
		Instant notBefore = jwt.getNotBefore();
		return expires != null && now.isBefore(expires) && (notBefore == null || !now.isBefore(notBefore));
	}

}

package org.shengshi.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.common.security.AcceptedTokenMemory;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gateway's memory of accepted tokens in front of a real Nimbus decoder that fetches
 * the test issuer's JWKS over HTTP.
 */
class AcceptedTokensTest {

	private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

	private final ReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSetUri(ISSUER.jwkSetUri()).build();

	private final AtomicInteger fullChecks = new AtomicInteger();

	private final ReactiveJwtDecoder counted = (token) -> {
		this.fullChecks.incrementAndGet();
		return this.nimbus.decode(token);
	};

	private Instant now = Instant.now();

	private final Clock clock = new Clock() {

		@Override
		public Instant instant() {
			return AcceptedTokensTest.this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	};

	private final AcceptedTokens tokens = new AcceptedTokens(this.counted,
			new AcceptedTokenMemory(this.clock, 100, Duration.ofMinutes(5)));

	private Jwt decode(String token) {
		return this.tokens.decode(token).block(Duration.ofSeconds(10));
	}

	@Test
	void anAcceptedTokenIsCheckedInFullOnceAndThenRemembered() {
		String token = ISSUER.resident("r-remembered").jwt();

		Jwt first = decode(token);
		Jwt again = decode(token);

		assertThat(first.getSubject()).isEqualTo("r-remembered");
		assertThat(again).isSameAs(first);
		assertThat(this.fullChecks).hasValue(1);
	}

	@Test
	void aTokenDifferingInAnyCharacterOfItsSignatureIsCheckedInFullAndRefused() {
		String token = ISSUER.resident("r-tampered").jwt();
		decode(token);
		int last = token.length() - 2;
		char flipped = (token.charAt(last) == 'A') ? 'B' : 'A';
		String tampered = token.substring(0, last) + flipped + token.charAt(last + 1);

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decode(tampered));
		assertThat(this.fullChecks).hasValue(2);
	}

	@Test
	void refusedTokensAreNotRemembered() {
		String stranger = ISSUER.resident("r-stranger").signedByStranger().jwt();

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decode(stranger));
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decode(stranger));
		assertThat(this.fullChecks).hasValue(2);
	}

	@Test
	void aRememberedTokenIsUsedFromMemoryOnlyBeforeItsExpiry() {
		String token = ISSUER.resident("r-expiring").jwt();
		Jwt accepted = decode(token);

		this.now = accepted.getExpiresAt().minusMillis(1);
		decode(token);
		assertThat(this.fullChecks).hasValue(1);

		this.now = accepted.getExpiresAt();
		decode(token);
		assertThat(this.fullChecks).hasValue(2);
	}

}

package org.shengshi.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.common.security.AcceptedTokenMemory;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A service's memory of accepted tokens in front of a real Nimbus decoder that fetches
 * the test issuer's JWKS over HTTP (the expiry rules: {@code AcceptedTokenMemoryTest}).
 */
class AcceptedTokensTest {

	private static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

	private final JwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(ISSUER.jwkSetUri()).build();

	private final AtomicInteger fullChecks = new AtomicInteger();

	private final AcceptedTokens tokens = new AcceptedTokens((token) -> {
		this.fullChecks.incrementAndGet();
		return this.nimbus.decode(token);
	}, new AcceptedTokenMemory(Clock.systemUTC(), 100, Duration.ofMinutes(5)));

	@Test
	void anAcceptedTokenIsCheckedInFullOnceAndThenRemembered() {
		String token = ISSUER.resident("r-remembered").jwt();

		Jwt first = this.tokens.decode(token);
		Jwt again = this.tokens.decode(token);

		assertThat(first.getSubject()).isEqualTo("r-remembered");
		assertThat(again).isSameAs(first);
		assertThat(this.fullChecks).hasValue(1);
	}

	@Test
	void aTokenWithOneCharacterOfItsSignatureChangedIsCheckedInFullAndRefused() {
		String token = ISSUER.resident("r-tampered").jwt();
		this.tokens.decode(token);
		int last = token.length() - 2;
		char flipped = (token.charAt(last) == 'A') ? 'B' : 'A';
		String tampered = token.substring(0, last) + flipped + token.charAt(last + 1);

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.tokens.decode(tampered));
		assertThat(this.fullChecks).hasValue(2);
	}

	@Test
	void refusedTokensAreNotRemembered() {
		String stranger = ISSUER.resident("r-stranger").signedByStranger().jwt();

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.tokens.decode(stranger));
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.tokens.decode(stranger));
		assertThat(this.fullChecks).hasValue(2);
	}

}

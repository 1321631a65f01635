package org.shengshi.platform.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The memory's rules (that a remembered token stops being recalled at its expiry is shown
 * with a moving clock by the gateway's {@code AcceptedTokensTest}).
 */
class AcceptedTokenMemoryTest {

	private static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

	private static Jwt jwt(Instant notBefore, Instant expires) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("r-1")
			.issuedAt(NOW.minusSeconds(1));
		if (notBefore != null) {
			builder.notBefore(notBefore);
		}
		if (expires != null) {
			builder.expiresAt(expires);
		}
		return builder.build();
	}

	private static AcceptedTokenMemory at(Instant now) {
		return new AcceptedTokenMemory(Clock.fixed(now, ZoneOffset.UTC), 10, Duration.ofMinutes(5));
	}

	@Test
	void aCurrentAcceptedTokenIsRecalledByItsWholeText() {
		AcceptedTokenMemory memory = at(NOW);
		Jwt jwt = jwt(NOW.minusSeconds(10), NOW.plusSeconds(300));
		memory.accepted("token-a", jwt);
		assertThat(memory.recall("token-a")).isSameAs(jwt);
		assertThat(memory.recall("token-a ")).isNull();
		assertThat(memory.recall("token-b")).isNull();
	}

	@Test
	void aTokenIsNotRememberedOutsideItsOwnValidityWithNoSkew() {
		AcceptedTokenMemory memory = at(NOW);
		memory.accepted("expired", jwt(null, NOW));
		memory.accepted("not-yet", jwt(NOW.plusSeconds(1), NOW.plusSeconds(300)));
		memory.accepted("no-expiry", jwt(null, null));
		assertThat(memory.recall("expired")).isNull();
		assertThat(memory.recall("not-yet")).isNull();
		assertThat(memory.recall("no-expiry")).isNull();
	}

	@Test
	void boundsMustBePositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AcceptedTokenMemory(Clock.systemUTC(), 0, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AcceptedTokenMemory(Clock.systemUTC(), 1, Duration.ZERO));
	}

}

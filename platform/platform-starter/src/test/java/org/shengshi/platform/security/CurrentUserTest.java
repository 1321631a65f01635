package org.shengshi.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void loa3HoldsWhileLoaExpIsInTheFuture() {
		assertThat(CurrentUser.of(token(3, NOW.getEpochSecond() + 60), NOW).loa()).isEqualTo(3);
		assertThat(CurrentUser.of(token("3", String.valueOf(NOW.getEpochSecond() + 1)), NOW).loa()).isEqualTo(3);
	}

	@Test
	void loa3IsReadAs2OnceLoaExpHasPassed() {
		assertThat(CurrentUser.of(token(3, NOW.getEpochSecond()), NOW).loa()).isEqualTo(2);
		assertThat(CurrentUser.of(token(3, NOW.getEpochSecond() - 600), NOW).loa()).isEqualTo(2);
	}

	@Test
	void loa3WithoutOrWithAMalformedLoaExpIsReadAs2() {
		assertThat(CurrentUser.of(token(3, null), NOW).loa()).isEqualTo(2);
		assertThat(CurrentUser.of(token(3, "soon"), NOW).loa()).isEqualTo(2);
	}

	@Test
	void lowerLevelsAreTakenAsTheyAre() {
		assertThat(CurrentUser.of(token(2, null), NOW).loa()).isEqualTo(2);
		assertThat(CurrentUser.of(token(1, NOW.getEpochSecond() - 600), NOW).loa()).isEqualTo(1);
		assertThat(CurrentUser.of(token(null, null), NOW).loa()).isZero();
	}

	@Test
	void anExpiredStepUpFailsRequireLoa3() {
		CurrentUser user = CurrentUser.of(token(3, NOW.getEpochSecond() - 1), NOW);

		assertThat(user.requireLoa(2)).isSameAs(user);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> user.requireLoa(3))
			.hasMessageContaining("ASSURANCE_LEVEL_TOO_LOW");
	}

	private static Jwt token(Object loa, Object loaExp) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("s-1")
			.claim("realm_access", Map.of("roles", List.of("resident")))
			.issuedAt(NOW.minusSeconds(10))
			.expiresAt(NOW.plusSeconds(290));
		if (loa != null) {
			builder.claim("loa", loa);
		}
		if (loaExp != null) {
			builder.claim("loa_exp", loaExp);
		}
		return builder.build();
	}

}

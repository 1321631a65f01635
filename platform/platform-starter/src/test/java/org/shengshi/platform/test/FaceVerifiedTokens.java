package org.shengshi.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Resident tokens with {@code loa} 3 and the {@code loa_exp} claim the realm adds after a
 * face step-up ({@link TestToken} has no builder method for it yet). Lives in
 * platform-test's package to sign with the shared {@link TestJwtIssuer}.
 */
public final class FaceVerifiedTokens {

	private FaceVerifiedTokens() {
	}

	/**
	 * {@code loa} 3 valid for another ten minutes.
	 */
	public static String bearer(String subject) {
		return bearer(subject, Instant.now().plus(Duration.ofMinutes(10)));
	}

	/**
	 * {@code loa} 3 with {@code loa_exp} at the given time (in the past: an expired
	 * step-up).
	 */
	public static String bearer(String subject, Instant loaExpiresAt) {
		TestJwtIssuer issuer = TestJwtIssuer.shared();
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer.issuer())
			.audience(TestJwtIssuer.AUDIENCE)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(TestJwtIssuer.newJwtId())
			.claim("azp", "shengshi-test")
			.claim("preferred_username", subject)
			.claim("realm_access", Map.of("roles", List.of("resident")))
			.claim("loa", 3)
			.claim("loa_exp", loaExpiresAt.getEpochSecond())
			.build();
		return "Bearer " + issuer.sign(claims, false);
	}

}

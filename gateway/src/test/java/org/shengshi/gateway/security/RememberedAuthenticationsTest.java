package org.shengshi.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedAuthenticationsTest {

	private final AtomicInteger conversions = new AtomicInteger();

	private final RememberedAuthentications authentications = new RememberedAuthentications((jwt) -> {
		this.conversions.incrementAndGet();
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		return converter.convert(jwt);
	}, 100);

	@Test
	void makesTheAuthenticationOfATokenOnceAndGivesTheSameOneAfterwards() {
		Jwt jwt = jwt("token-a", "resident-1", "resident");

		AbstractAuthenticationToken first = this.authentications.convert(jwt).block();
		AbstractAuthenticationToken second = this.authentications.convert(jwt).block();

		assertThat(second).isSameAs(first);
		assertThat(this.conversions).hasValue(1);
		assertThat(first.getName()).isEqualTo("resident-1");
		assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_resident");
	}

	@Test
	void makesItAnewForAnotherJwtEvenWithTheSameText() {
		Jwt remembered = jwt("token-a", "resident-1", "resident");
		Jwt checkedAgain = jwt("token-a", "resident-1", "platform_admin");

		AbstractAuthenticationToken first = this.authentications.convert(remembered).block();
		AbstractAuthenticationToken second = this.authentications.convert(checkedAgain).block();

		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_platform_admin")
			.doesNotContain("ROLE_resident");
		assertThat(this.conversions).hasValue(2);
	}

	@Test
	void answersNothingWhenTheConverterMakesNothing() {
		RememberedAuthentications none = new RememberedAuthentications((jwt) -> null, 100);

		assertThat(none.convert(jwt("token-b", "resident-2", "resident")).blockOptional()).isEmpty();
	}

	private static Jwt jwt(String text, String subject, String role) {
		Instant now = Instant.now();
		return Jwt.withTokenValue(text)
			.header("alg", "RS256")
			.subject(subject)
			.claim("realm_access", Map.of("roles", List.of(role)))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.build();
	}

}

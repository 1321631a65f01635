package org.shengshi.platform.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Builder for one test access token shaped like a Keycloak token of the shengshi realm.
 */
public final class TestToken {

	private final TestJwtIssuer issuer;

	private final String subject;

	private final List<String> roles = new ArrayList<>();

	private String department;

	private Integer loa;

	private String clientId = "shengshi-test";

	private String audience = TestJwtIssuer.AUDIENCE;

	private String tokenIssuer;

	private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

	private boolean foreignKey;

	TestToken(TestJwtIssuer issuer, String subject) {
		this.issuer = issuer;
		this.subject = subject;
		this.tokenIssuer = issuer.issuer();
	}

	public TestToken roles(String... roles) {
		this.roles.clear();
		this.roles.addAll(List.of(roles));
		return this;
	}

	public TestToken department(String department) {
		this.department = department;
		return this;
	}

	public TestToken loa(int loa) {
		this.loa = loa;
		return this;
	}

	public TestToken clientId(String clientId) {
		this.clientId = clientId;
		return this;
	}

	public TestToken audience(String audience) {
		this.audience = audience;
		return this;
	}

	public TestToken issuedBy(String issuer) {
		this.tokenIssuer = issuer;
		return this;
	}

	public TestToken expired() {
		this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
		return this;
	}

	/**
	 * Signs with a key that has the trusted key id but is not the trusted key.
	 */
	public TestToken signedByStranger() {
		this.foreignKey = true;
		return this;
	}

	public String jwt() {
		Instant issuedAt = this.expiresAt.minus(Duration.ofMinutes(5));
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(this.subject)
			.issuer(this.tokenIssuer)
			.audience(this.audience)
			.issueTime(Date.from(issuedAt))
			.notBeforeTime(Date.from(issuedAt))
			.expirationTime(Date.from(this.expiresAt))
			.jwtID(TestJwtIssuer.newJwtId())
			.claim("azp", this.clientId)
			.claim("preferred_username", this.subject)
			.claim("realm_access", Map.of("roles", List.copyOf(this.roles)));
		if (this.department != null) {
			claims.claim("department", this.department);
		}
		if (this.loa != null) {
			claims.claim("loa", this.loa);
		}
		return this.issuer.sign(claims.build(), this.foreignKey);
	}

	/**
	 * The value for an {@code Authorization} header.
	 */
	public String bearer() {
		return "Bearer " + jwt();
	}

}

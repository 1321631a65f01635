package org.shengshi.platform.testapp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.FaceVerifiedTokens;
import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.platform.testapp.ProblemResponsesIT.assertProblem;

/**
 * Tokens minted by the test issuer and checked by the service through Boot's decoder
 * (signature via JWKS over HTTP, issuer, expiry, audience) and the starter's roles.
 */
@ShengshiServiceTest
class TokenValidationIT {

	private final TestJwtIssuer issuer = TestJwtIssuer.shared();

	@LocalServerPort
	private int port;

	private TestHttp http;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
	}

	@Test
	void validTokenWithTheRoleIsServed() {
		TestHttp.Reply reply = officer(this.issuer.staff("officer-1", "440100-GA", "case_officer").bearer());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("department")).isEqualTo("440100-GA");
	}

	@Test
	void noTokenIsA401WithABearerChallenge() {
		TestHttp.Reply reply = this.http.get("/test/officer");
		assertProblem(reply, 401, "UNAUTHENTICATED");
		assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(reply.text("title")).isEqualTo("未认证");
	}

	@Test
	void unauthenticatedProblemFollowsAcceptLanguage() {
		TestHttp.Reply reply = this.http.get("/test/officer", "Accept-Language", "en");
		assertProblem(reply, 401, "UNAUTHENTICATED");
		assertThat(reply.text("title")).isEqualTo("Unauthenticated");
	}

	@Test
	void expiredTokenIsA401() {
		TestHttp.Reply reply = officer(this.issuer.staff("officer-1", "440100-GA", "case_officer").expired().bearer());
		assertProblem(reply, 401, "UNAUTHENTICATED");
		assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void tokenSignedByAStrangerIsA401() {
		assertProblem(officer(this.issuer.staff("officer-1", "440100-GA", "case_officer").signedByStranger().bearer()),
				401, "UNAUTHENTICATED");
	}

	@Test
	void tokenForAnotherAudienceIsA401() {
		assertProblem(
				officer(this.issuer.staff("officer-1", "440100-GA", "case_officer").audience("other-api").bearer()),
				401, "UNAUTHENTICATED");
	}

	@Test
	void tokenFromAnotherIssuerIsA401() {
		assertProblem(officer(this.issuer.staff("officer-1", "440100-GA", "case_officer")
			.issuedBy("http://127.0.0.1:1/realms/evil")
			.bearer()), 401, "UNAUTHENTICATED");
	}

	@Test
	void garbageTokenIsA401() {
		assertProblem(officer("Bearer not.a.jwt"), 401, "UNAUTHENTICATED");
	}

	@Test
	void missingRoleIsA403() {
		TestHttp.Reply reply = officer(this.issuer.resident("resident-1").bearer());
		assertProblem(reply, 403, "ACCESS_DENIED");
	}

	@Test
	void currentUserCarriesTheTokenClaims() {
		String bearer = this.issuer.staff("officer-7", "440100-GA", "case_officer", "dept_admin").bearer();
		for (String path : new String[] { "/test/me", "/test/me/static" }) {
			JsonNode me = this.http.get(path, "Authorization", bearer).json();
			assertThat(me.get("subject").asString()).isEqualTo("officer-7");
			assertThat(me.get("department").asString()).isEqualTo("440100-GA");
			assertThat(me.get("loa").asInt()).isEqualTo(2);
			assertThat(me.get("clientId").asString()).isEqualTo("shengshi-test");
			assertThat(me.get("roles").toString()).contains("case_officer").contains("dept_admin");
		}
	}

	@Test
	void systemClientHasNoAssuranceLevelOrDepartment() {
		JsonNode me = this.http
			.get("/test/me", "Authorization", this.issuer.client("payment-adapter", "system").bearer())
			.json();
		assertThat(me.get("clientId").asString()).isEqualTo("payment-adapter");
		assertThat(me.get("loa").asInt()).isZero();
		assertThat(me.hasNonNull("department")).isFalse();
	}

	@Test
	void lowAssuranceLevelIsRefusedWithTheLevelNeeded() {
		TestHttp.Reply reply = this.http.get("/test/sensitive", "Authorization",
				this.issuer.resident("resident-1").bearer());
		assertProblem(reply, 403, "ASSURANCE_LEVEL_TOO_LOW");
		assertThat(reply.json().get("requiredLoa").asInt()).isEqualTo(3);
		assertThat(reply.json().get("currentLoa").asInt()).isEqualTo(2);
		TestHttp.Reply stepUp = this.http.get("/test/sensitive", "Authorization",
				FaceVerifiedTokens.bearer("resident-1"));
		assertThat(stepUp.status()).isEqualTo(200);
	}

	@Test
	void loa3CountsOnlyWhileLoaExpIsInTheFuture() {
		TestHttp.Reply expired = this.http.get("/test/sensitive", "Authorization",
				FaceVerifiedTokens.bearer("resident-1", java.time.Instant.now().minusSeconds(1)));
		TestHttp.Reply withoutExpiry = this.http.get("/test/sensitive", "Authorization",
				this.issuer.resident("resident-1").loa(3).bearer());

		assertProblem(expired, 403, "ASSURANCE_LEVEL_TOO_LOW");
		assertThat(expired.json().get("currentLoa").asInt()).isEqualTo(2);
		assertProblem(withoutExpiry, 403, "ASSURANCE_LEVEL_TOO_LOW");
	}

	@Test
	void callerWithoutDepartmentIsRefusedDepartmentWork() {
		assertProblem(this.http.get("/test/department", "Authorization", this.issuer.resident("resident-1").bearer()),
				403, "DEPARTMENT_REQUIRED");
	}

	@Test
	void configuredPublicPathNeedsNoTokenForItsMethodOnly() {
		assertThat(this.http.get("/test/public/ping").status()).isEqualTo(200);
		assertProblem(this.http.post("/test/public/ping", "application/json", "{}"), 401, "UNAUTHENTICATED");
	}

	@Test
	void healthAndApiDocsAreOpen() {
		assertThat(this.http.get("/actuator/health").status()).isEqualTo(200);
		assertThat(this.http.get("/v3/api-docs").status()).isEqualTo(200);
	}

	private TestHttp.Reply officer(String authorization) {
		return this.http.get("/test/officer", "Authorization", authorization);
	}

}

package org.shengshi.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shengshi.localstack.DemoAccount;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm as the services see it: the issuer they are configured with, and tokens that
 * carry the audience, roles, department and assurance level of docs/architecture.md.
 */
@ExtendWith(LocalStackExtension.class)
class KeycloakRealmIT {

	static final List<DemoAccount> DEMO_ACCOUNTS = DemoAccount.all();

	@Test
	void discoveryAnnouncesTheIssuerTheServicesAreConfiguredWith(Platform platform) {
		HttpResult discovery = platform.get(platform.stack().issuerUri() + "/.well-known/openid-configuration");

		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.text("issuer")).isEqualTo(platform.stack().issuerUri()).startsWith("http://127.0.0.1:");
		assertThat(discovery.text("jwks_uri"))
			.isEqualTo(platform.stack().issuerUri() + "/protocol/openid-connect/certs");
		assertThat(platform.get(discovery.text("jwks_uri")).body()).contains("\"RS256\"");
	}

	@ParameterizedTest
	@FieldSource("DEMO_ACCOUNTS")
	void aDemoUsersTokenCarriesAudienceRoleDepartmentAndLoa(DemoAccount account, Platform platform) {
		JsonNode claims = Jwt.claims(platform.accessToken(account));

		assertThat(claims.get("iss").asString()).isEqualTo(platform.stack().issuerUri());
		assertThat(audiences(claims)).contains("shengshi-api");
		assertThat(roles(claims)).contains(account.role());
		assertThat(claims.get("loa").isInt()).as("loa is a JSON integer").isTrue();
		assertThat(claims.get("loa").asInt()).isEqualTo(account.loa());
		if (account.department() != null) {
			assertThat(claims.get("department").asString()).isEqualTo(account.department());
		}
		else {
			assertThat(claims.has("department")).isFalse();
		}
		assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
	}

	@ParameterizedTest
	@ValueSource(strings = { "identity-service", "service-catalog", "case-service", "payment-adapter",
			"e-certificate-service" })
	void eachServiceGetsASystemTokenForItsOwnClient(String clientId, Platform platform) {
		JsonNode claims = Jwt.claims(platform.clientToken(clientId));

		assertThat(audiences(claims)).contains("shengshi-api");
		assertThat(roles(claims)).contains("system");
		assertThat(claims.get("azp").asString()).isEqualTo(clientId);
		assertThat(claims.get("client_id").asString()).isEqualTo(clientId);
	}

	@Test
	void theHotelVerifierIsAnOutsideSystemNotAPlatformService(Platform platform) {
		JsonNode claims = Jwt.claims(platform.clientToken("hotel-verifier"));

		assertThat(roles(claims)).contains("verifier").doesNotContain("system");
		assertThat(audiences(claims)).contains("shengshi-api");
	}

	@Test
	void theAppClientRefusesPasswordsAndWrongSecretsAreRefused(Platform platform) {
		HttpResult appPassword = platform.tokenRequest(Map.of("grant_type", "password", "client_id", "shengshi-app",
				"username", "resident1", "password", "resident1"));
		HttpResult wrongSecret = platform.tokenRequest(Map.of("grant_type", "client_credentials", "client_id",
				"case-service", "client_secret", "not-the-secret"));

		assertThat(appPassword.status()).isEqualTo(400);
		assertThat(appPassword.text("error")).isEqualTo("unauthorized_client");
		assertThat(wrongSecret.status()).isEqualTo(401);
	}

	@Test
	void theAppClientDemandsPkceWithS256(Platform platform) {
		String authorize = platform.stack().issuerUri()
				+ "/protocol/openid-connect/auth?client_id=shengshi-app&response_type=code&scope=openid"
				+ "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5173%2Fcallback";
		String challenge = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

		HttpResult withoutPkce = platform.get(authorize);
		HttpResult withPlainPkce = platform.get(authorize + challenge + "&code_challenge_method=plain");
		HttpResult withS256 = platform.get(authorize + challenge + "&code_challenge_method=S256");

		assertThat(withoutPkce.status()).isEqualTo(302);
		assertThat(withoutPkce.location()).contains("error=invalid_request").contains("code_challenge_method");
		assertThat(withPlainPkce.location()).contains("error=invalid_request");
		assertThat(withS256.status()).as("login page").isEqualTo(200);
		assertThat(withS256.body()).contains("kc-form-login");
	}

	private static List<String> audiences(JsonNode claims) {
		JsonNode aud = claims.get("aud");
		List<String> values = new ArrayList<>();
		if (aud.isArray()) {
			aud.forEach((value) -> values.add(value.asString()));
		}
		else {
			values.add(aud.asString());
		}
		return values;
	}

	static List<String> roles(JsonNode claims) {
		List<String> values = new ArrayList<>();
		claims.get("realm_access").get("roles").forEach((role) -> values.add(role.asString()));
		return values;
	}

}

package org.shengshi.cases;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.shengshi.platform.test.TestJwtIssuer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stands in for Keycloak's token endpoint: the client credentials grant of
 * {@code case-service} answers a token signed by {@link TestJwtIssuer} with role
 * {@code system}, so the other stand-ins can insist on exactly that token.
 */
public final class KeycloakStub {

	public static final String CLIENT_ID = "case-service";

	public static final String CLIENT_SECRET = "case-service-test-secret";

	private static final String TOKEN_PATH = "/realms/shengshi/protocol/openid-connect/token";

	private static KeycloakStub shared;

	private final WireMockServer server;

	private final String token;

	private KeycloakStub() {
		this.server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").http2PlainDisabled(true).dynamicPort());
		this.server.start();
		this.token = TestJwtIssuer.shared().client(CLIENT_ID, "system").jwt();
		this.server.stubFor(post(urlPathEqualTo(TOKEN_PATH))
			.withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("client_id=" + CLIENT_ID))
			.withRequestBody(containing("client_secret=" + CLIENT_SECRET))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"" + this.token + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
	}

	public static synchronized KeycloakStub shared() {
		if (shared == null) {
			shared = new KeycloakStub();
		}
		return shared;
	}

	public String tokenUri() {
		return "http://127.0.0.1:" + this.server.port() + TOKEN_PATH;
	}

	/**
	 * The {@code Authorization} header value case-service must send to other services.
	 */
	public String serviceBearer() {
		return "Bearer " + this.token;
	}

}

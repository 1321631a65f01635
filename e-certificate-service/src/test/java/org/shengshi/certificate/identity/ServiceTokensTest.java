package org.shengshi.certificate.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Client-credentials tokens against a WireMock token endpoint (Keycloak is outside this
 * service).
 */
class ServiceTokensTest {

	private static final String PATH = "/token";

	private WireMockServer keycloak;

	private final MovableClock clock = new MovableClock();

	private ServiceTokens tokens;

	@BeforeEach
	void start() {
		this.keycloak = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		this.keycloak.start();
		IdentityClientProperties properties = new IdentityClientProperties("http://127.0.0.1:1",
				"http://127.0.0.1:" + this.keycloak.port() + PATH, "e-certificate-service",
				"e-certificate-service-secret", Duration.ofSeconds(1), Duration.ofSeconds(2));
		this.tokens = new ServiceTokens(RestClient.create(), properties, this.clock);
	}

	@AfterEach
	void stop() {
		this.keycloak.stop();
	}

	private void answers(String token, int expiresIn) {
		this.keycloak.stubFor(post(urlPathEqualTo(PATH)).withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("client_secret=e-certificate-service-secret"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn + "}")));
	}

	private int tokenRequests() {
		return this.keycloak.countRequestsMatching(postRequestedFor(urlPathEqualTo(PATH)).build()).getCount();
	}

	@Test
	void reusesTheTokenUntilThirtySecondsBeforeItExpires() {
		answers("t-1", 300);
		assertThat(this.tokens.token()).isEqualTo("t-1");
		this.clock.advance(Duration.ofSeconds(269));
		assertThat(this.tokens.token()).isEqualTo("t-1");
		assertThat(tokenRequests()).isEqualTo(1);

		answers("t-2", 300);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.tokens.token()).isEqualTo("t-2");
		assertThat(tokenRequests()).isEqualTo(2);
	}

	@Test
	void fetchesAFreshTokenAfterItWasRefused() {
		answers("t-1", 300);
		this.tokens.token();
		answers("t-2", 300);

		this.tokens.invalidate();

		assertThat(this.tokens.token()).isEqualTo("t-2");
	}

	@Test
	void refusedCredentialsOrAnEmptyAnswerAreUnavailability() {
		this.keycloak.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)));
		assertThatThrownBy(this.tokens::token).isInstanceOf(IdentityUnavailableException.class);

		this.keycloak.stubFor(post(urlPathEqualTo(PATH))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
		assertThatThrownBy(this.tokens::token).isInstanceOf(IdentityUnavailableException.class);
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-26T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

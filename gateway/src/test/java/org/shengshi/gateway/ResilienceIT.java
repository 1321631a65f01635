package org.shengshi.gateway;

import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ResilienceIT extends GatewayITSupport {

	@Test
	void answers503ProblemWhileAServiceIsDown() {
		this.upstreams.stop("payments");
		try {
			this.client.get()
				.uri("/api/v1/payments/orders")
				.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-down"))
				.header("X-Request-Id", "down-1")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.contentType(PROBLEM)
				.expectHeader()
				.valueEquals("X-Request-Id", "down-1")
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("SERVICE_UNAVAILABLE")
				.jsonPath("$.requestId")
				.isEqualTo("down-1")
				.jsonPath("$.detail")
				.value((detail) -> assertThat(detail.toString()).doesNotContain("127.0.0.1", "Connection"));
		}
		finally {
			this.upstreams.start("payments");
		}
	}

	@Test
	void answers504ProblemWhenAServiceIsSlowerThanItsRouteTimeout() {
		this.upstreams.service("certificates")
			.stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse().withStatus(200).withFixedDelay(6000)));

		long started = System.nanoTime();
		this.client.get()
			.uri("/v3/api-docs/certificates")
			.exchange()
			.expectStatus()
			.isEqualTo(504)
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UPSTREAM_TIMEOUT");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofMillis(5000));
		this.upstreams.service("certificates").verify(1, getRequestedFor(urlEqualTo("/v3/api-docs")));
	}

	@Test
	void retriesAReadWhoseConnectionBrokeOnceButNeverAWrite() {
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo("/api/v1/identity/me"))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.upstreams.service("identity")
			.stubFor(post(urlEqualTo("/api/v1/identity/delegations"))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		String bearer = residentBearer("resident-reset");

		this.client.get()
			.uri("/api/v1/identity/me")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		this.client.post()
			.uri("/api/v1/identity/delegations")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SERVICE_UNAVAILABLE");

		this.upstreams.service("identity").verify(2, getRequestedFor(urlEqualTo("/api/v1/identity/me")));
		this.upstreams.service("identity").verify(1, postRequestedFor(urlEqualTo("/api/v1/identity/delegations")));
	}

	@Test
	void answersAReadFromTheSecondCallWhenTheFirstConnectionBroke() {
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo("/api/v1/identity/me")).inScenario("flaky")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
				.willSetStateTo("recovered"));
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo("/api/v1/identity/me")).inScenario("flaky")
				.whenScenarioStateIs("recovered")
				.willReturn(okJson("{\"subject\":\"resident-flaky\"}")));

		this.client.get()
			.uri("/api/v1/identity/me")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-flaky"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo("resident-flaky");

		this.upstreams.service("identity").verify(2, getRequestedFor(urlEqualTo("/api/v1/identity/me")));
	}

	@Test
	void opensTheRoutesCircuitAfterRepeatedFailuresAndThenAnswers503WithoutCallingTheService() {
		this.upstreams.service("certificates")
			.stubFor(post(urlEqualTo("/api/v1/certificates/broken"))
				.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		String bearer = residentBearer("resident-circuit");
		for (int attempt = 0; attempt < 4; attempt++) {
			this.client.post()
				.uri("/api/v1/certificates/broken")
				.header(HttpHeaders.AUTHORIZATION, bearer)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isEqualTo(503);
		}
		this.upstreams.service("certificates").resetRequests();

		this.client.get()
			.uri("/api/v1/certificates/wallet")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SERVICE_UNAVAILABLE");

		this.upstreams.service("certificates").verify(0, anyRequestedFor(anyUrl()));
		this.client.get().uri("/api/v1/catalog/items/still-open").exchange().expectStatus().isOk();
	}

}

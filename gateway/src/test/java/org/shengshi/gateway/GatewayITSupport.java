package org.shengshi.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole gateway on a random port in front of the WireMock upstreams, with small
 * limits so tests can reach them: the certificates API document must come within 1 s,
 * bodies up to 16 KB, a circuit opens after 2 failures of 4 calls. Rate limits are high
 * here; {@code RateLimitIT} tests them with its own budgets. Subclasses share one Spring
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GatewayTestInfrastructure.class)
@TestPropertySource(properties = { "shengshi.gateway.resilience.route-timeouts.api-docs-certificates=1s",
		"shengshi.gateway.resilience.circuit-breaker.minimum-number-of-calls=4",
		"shengshi.gateway.resilience.circuit-breaker.sliding-window-size=4",
		"shengshi.gateway.resilience.circuit-breaker.wait-in-open-state=60s",
		"shengshi.gateway.body-limit.max-size=16KB", "shengshi.gateway.rate-limit.per-user.limit=10000",
		"shengshi.gateway.rate-limit.per-ip.limit=10000" })
abstract class GatewayITSupport {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	final TestJwtIssuer tokens = TestJwtIssuer.shared();

	final Upstreams upstreams = Upstreams.shared();

	@LocalServerPort
	int port;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	WebTestClient client;

	@BeforeEach
	void freshUpstreamsAndClosedCircuits() {
		this.upstreams.reset();
		this.circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	String residentBearer(String subject) {
		return this.tokens.resident(subject).bearer();
	}

	/** Sends the request, expects {@code 200} and returns the body as text. */
	static String okText(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

}

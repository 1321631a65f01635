package org.shengshi.gateway;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.EmbeddedRedis;
import org.shengshi.platform.test.TestJwtIssuer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits against the real redis-server, with budgets small enough to exhaust and
 * periods long enough that no token comes back during a test: per address 3 a minute on
 * catalog, certificates and payments, per subject 2 a minute everywhere (callbacks
 * exempt).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GatewayTestInfrastructure.class)
@TestPropertySource(properties = { "shengshi.gateway.rate-limit.per-user.limit=2",
		"shengshi.gateway.rate-limit.per-user.period=1m", "shengshi.gateway.rate-limit.per-ip.limit=10000",
		"shengshi.gateway.rate-limit.routes.catalog.per-ip.limit=3",
		"shengshi.gateway.rate-limit.routes.catalog.per-ip.period=1m",
		"shengshi.gateway.rate-limit.routes.certificates.per-ip.limit=3",
		"shengshi.gateway.rate-limit.routes.certificates.per-ip.period=1m",
		"shengshi.gateway.rate-limit.routes.payments.per-ip.limit=3",
		"shengshi.gateway.rate-limit.routes.payments.per-ip.period=1m",
		"shengshi.gateway.rate-limit.routes.payments-callbacks.per-user.limit=0",
		"shengshi.gateway.rate-limit.key-prefix=test:rate",
		// a loaded CI machine can be slow; Redis being down is detected at once anyway
		"shengshi.gateway.rate-limit.redis-timeout=3s" })
class RateLimitIT {

	private final TestJwtIssuer tokens = TestJwtIssuer.shared();

	@LocalServerPort
	int port;

	@Autowired
	ReactiveStringRedisTemplate redis;

	private WebTestClient client;

	@BeforeEach
	void emptyBuckets() {
		Upstreams.shared().reset();
		EmbeddedRedis.shared().start();
		this.redis.keys("test:rate:*").flatMap(this.redis::delete).then().block(Duration.ofSeconds(5));
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	@Test
	void limitsEachClientAddressToItsRouteBudgetWith429AndRetryAfter() {
		for (int i = 0; i < 3; i++) {
			this.client.get().uri("/api/v1/catalog/items/i" + i).exchange().expectStatus().isOk();
		}

		this.client.get()
			.uri("/api/v1/catalog/items/one-too-many")
			.header("X-Request-Id", "limited-1")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(GatewayITSupport.PROBLEM)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 20L))
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.requestId")
			.isEqualTo("limited-1");
		// shared through Redis by the next sync (every 100 ms, ADR 0032)
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(this.redis.hasKey("test:rate:catalog:ip:127.0.0.1").block()).isTrue());
	}

	@Test
	void countsRequestsWithABadTokenAgainstTheAddressBudgetBeforeCheckingTheToken() {
		String expired = this.tokens.resident("resident-expired").expired().bearer();
		for (int i = 0; i < 3; i++) {
			this.client.get()
				.uri("/api/v1/payments/orders")
				.header(HttpHeaders.AUTHORIZATION, expired)
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}

		this.client.get()
			.uri("/api/v1/payments/orders")
			.header(HttpHeaders.AUTHORIZATION, expired)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("RATE_LIMITED");
	}

	@Test
	void limitsEachSubjectSeparatelyFromOthers() {
		String first = this.tokens.resident("resident-budget-a").bearer();
		String second = this.tokens.resident("resident-budget-b").bearer();
		for (int i = 0; i < 2; i++) {
			this.client.get()
				.uri("/api/v1/cases")
				.header(HttpHeaders.AUTHORIZATION, first)
				.exchange()
				.expectStatus()
				.isOk();
		}

		this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, first)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
		this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, second)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void keepsPaymentCallbacksOutOfThePerSubjectBudget() {
		String bearer = this.tokens.client("wechat-pay-channel").bearer();
		for (int i = 0; i < 4; i++) {
			this.client.post()
				.uri("/api/v1/payments/callbacks/wechat")
				.header(HttpHeaders.AUTHORIZATION, bearer)
				.bodyValue("{}")
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@Test
	void keepsLimitingWithLocalBucketsWhileRedisIsDownAndSharesAgainOnceItIsBack() {
		EmbeddedRedis redisServer = EmbeddedRedis.shared();
		redisServer.stop();
		try {
			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(200))
				.untilAsserted(() -> assertThat(metric("shengshi_gateway_ratelimit_redis_available")).isEqualTo(0.0));
			for (int i = 0; i < 3; i++) {
				this.client.get().uri("/api/v1/certificates/keys/k" + i).exchange().expectStatus().isOk();
			}
			this.client.get()
				.uri("/api/v1/certificates/keys/one-too-many")
				.exchange()
				.expectStatus()
				.isEqualTo(429)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER)
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("RATE_LIMITED");
			assertThat(metric("shengshi_gateway_ratelimit_fallback_decisions_total")).isGreaterThanOrEqualTo(4.0);
		}
		finally {
			redisServer.start();
		}

		Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.untilAsserted(() -> {
				this.client.get()
					.uri("/api/v1/identity/me")
					.header(HttpHeaders.AUTHORIZATION,
							this.tokens.resident("resident-after-outage-" + System.nanoTime()).bearer())
					.exchange()
					.expectStatus()
					.isOk();
				assertThat(this.redis.hasKey("test:rate:identity:ip:127.0.0.1").block(Duration.ofSeconds(2))).isTrue();
			});
		assertThat(metric("shengshi_gateway_ratelimit_redis_available")).isEqualTo(1.0);
	}

	private double metric(String name) {
		String scrape = GatewayITSupport.okText(this.client.get().uri("/actuator/prometheus"));
		return scrape.lines()
			.filter((line) -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}

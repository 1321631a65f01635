package org.shengshi.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.LoggerContext;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.shengshi.gateway.filters.EdgeFilter;
import org.shengshi.gateway.routing.RouteIds;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.WeightCalculatorWebFilter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayITSupport {

	@Autowired
	RouteLocator routes;

	@ParameterizedTest
	@CsvSource({ "GET,/api/v1/identity/me", "DELETE,/api/v1/cases/c-1", "POST,/api/v1/payments/callbacks/wechat",
			"GET,/api/v1/payments/callbacks/wechat", "POST,/api/v1/payments/orders", "GET,/api/v1/certificates",
			"GET,/v3/api-docs/cases", "POST,/v3/api-docs/cases", "GET,/v3/api-docs", "GET,/actuator/health",
			"GET,/api/v1/identityx", "GET,/api/v2/cases" })
	void knowsBeforeAuthenticationWhichRouteARequestWillTake(String method, String path) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.method(HttpMethod.valueOf(method), path));

		String taken = this.routes.getRoutes()
			.concatMap((route) -> Mono.from(route.getPredicate().apply(exchange))
				.filter(Boolean::booleanValue)
				.map((matched) -> route.getId()))
			.next()
			.defaultIfEmpty(RouteIds.GATEWAY)
			.block(Duration.ofSeconds(5));

		assertThat(RouteIds.of(exchange.getRequest())).isEqualTo(taken);
	}

	@ParameterizedTest
	@ValueSource(strings = { "identity", "catalog", "cases", "payments", "certificates" })
	void routesEachServicesPathsToThatServiceWithTheTokenAndRequestIdUnchanged(String service) {
		String bearer = residentBearer("resident-routing");
		String path = "/api/v1/" + service + "/things/42?view=full";

		this.client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.header("X-Request-Id", "app-req.42_x")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "app-req.42_x")
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service);

		this.upstreams.service(service)
			.verify(1, getRequestedFor(urlEqualTo(path)).withHeader(HttpHeaders.AUTHORIZATION, equalTo(bearer))
				.withHeader("X-Request-Id", equalTo("app-req.42_x")));
		for (String other : Upstreams.NAMES) {
			if (!other.equals(service)) {
				this.upstreams.service(other).verify(0, anyRequestedFor(anyUrl()));
			}
		}
	}

	@Test
	void passesThePathAndQueryAsTheClientEncodedThemWithTheServicesHost() {
		String path = "/api/v1/catalog/items/%E5%B1%85%E4%BD%8F%E8%AF%81%20x?q=%E5%B1%85%20x&tag=a%2Bb%26c";

		this.client.get()
			.uri(URI.create("http://127.0.0.1:" + this.port + path))
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-encoded"))
			.exchange()
			.expectStatus()
			.isOk();

		this.upstreams.service("catalog")
			.verify(1, getRequestedFor(urlEqualTo(path)).withHeader(HttpHeaders.HOST,
					equalTo("127.0.0.1:" + this.upstreams.service("catalog").port())));
	}

	@Test
	void timesEachRoutedRequestByRouteMethodAndStatus(@Autowired MeterRegistry registry) {
		this.upstreams.service("cases").stubFor(get(urlEqualTo("/api/v1/cases/missing")).willReturn(notFound()));
		String bearer = residentBearer("resident-timed");
		long before = routeTimer(registry, "cases", "404").map(Timer::count).orElse(0L);

		this.client.get()
			.uri("/api/v1/cases/missing")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isNotFound();

		// recorded when the request is done, which may be just after the client has the
		// answer
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(routeTimer(registry, "cases", "404")).get()
				.extracting(Timer::count)
				.isEqualTo(before + 1));
		Timer timer = routeTimer(registry, "cases", "404").orElseThrow();
		assertThat(timer.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
		assertThat(timer.getId().getTag("status")).isEqualTo("NOT_FOUND");
		assertThat(timer.getId().getTag("routeUri")).isEqualTo(this.upstreams.uri("cases"));
		assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
	}

	@Test
	void timesEveryRequestOnceAsHttpServerRequests(@Autowired MeterRegistry registry) {
		this.upstreams.service("cases").stubFor(delete(urlEqualTo("/api/v1/cases/timed")).willReturn(noContent()));
		String bearer = residentBearer("resident-server-timed");
		long routedBefore = serverRequests(registry, "DELETE", "204", "UNKNOWN");
		long healthBefore = serverRequests(registry, "GET", "200", "/actuator/health");

		this.client.delete()
			.uri("/api/v1/cases/timed")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isNoContent();
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();

		// recorded when the request is done, once: Spring's own observation, which would
		// record it a second time with the same tags, is off
		Awaitility.await()
			.during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(5))
			.until(() -> serverRequests(registry, "DELETE", "204", "UNKNOWN") == routedBefore + 1
					&& serverRequests(registry, "GET", "200", "/actuator/health") == healthBefore + 1);
		Timer routed = registry.get("http.server.requests")
			.tags("method", "DELETE", "status", "204", "uri", "UNKNOWN")
			.timer();
		assertThat(routed.getId().getTag("outcome")).isEqualTo("SUCCESS");
		assertThat(routed.getId().getTag("exception")).isEqualTo("none");
		assertThat(registry.find("http.server.requests.active").longTaskTimers()).isEmpty();
	}

	private static long serverRequests(MeterRegistry registry, String method, String status, String uri) {
		Timer timer = registry.find("http.server.requests")
			.tags("method", method, "status", status, "uri", uri)
			.timer();
		return (timer != null) ? timer.count() : 0;
	}

	private static Optional<Timer> routeTimer(MeterRegistry registry, String route, String status) {
		return Optional.ofNullable(registry.find("spring.cloud.gateway.requests")
			.tags("routeId", route, "httpMethod", "GET", "httpStatusCode", status)
			.timer());
	}

	@Test
	void replacesAnUnsafeRequestIdWithAGeneratedOneAndForwardsThatOne() {
		String echoed = this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-bad-id"))
			.header("X-Request-Id", "has spaces and {braces}")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");

		assertThat(echoed).matches("[A-Za-z0-9._-]{1,64}").isNotEqualTo("has spaces and {braces}");
		this.upstreams.service("cases")
			.verify(getRequestedFor(urlEqualTo("/api/v1/cases")).withHeader("X-Request-Id", equalTo(echoed)));
	}

	@Test
	void givesARequestWithoutIdOneAndEchoesItOnceEvenWhenTheServiceEchoesItToo() {
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo("/api/v1/identity/me"))
				.willReturn(okJson("{}").withHeader("X-Request-Id", "upstream-copy")));

		List<String> echoed = this.client.get()
			.uri("/api/v1/identity/me")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-echo"))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.get("X-Request-Id");

		assertThat(echoed).hasSize(1);
		LoggedRequest forwarded = this.upstreams.service("identity").getAllServeEvents().get(0).getRequest();
		assertThat(forwarded.getHeader("X-Request-Id")).isEqualTo(echoed.get(0));
	}

	@Test
	void tellsTheServiceTheClientsAddressInXForwardedForOnly() {
		this.client.get()
			.uri("/api/v1/identity/me")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-forwarded"))
			.header("X-Forwarded-For", "203.0.113.9")
			.header("X-Forwarded-Host", "evil.example")
			.header("Forwarded", "for=203.0.113.9")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest forwarded = this.upstreams.service("identity").getAllServeEvents().get(0).getRequest();
		assertThat(forwarded.getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
		assertThat(forwarded.containsHeader("Forwarded")).isFalse();
		assertThat(forwarded.containsHeader("X-Forwarded-Host")).isFalse();
	}

	@Test
	void passesNoHopByHopHeaderEitherWay() {
		this.upstreams.service("identity")
			.stubFor(get(urlEqualTo("/api/v1/identity/me"))
				.willReturn(okJson("{}").withHeader("Proxy-Authenticate", "Basic")
					.withHeader("X-Application-Context", "identity-service:8081")
					.withHeader("X-Upstream-Kept", "2")));

		this.client.get()
			.uri("/api/v1/identity/me")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-hops"))
			.header("Proxy-Authorization", "Basic eA==")
			.header("Keep-Alive", "timeout=5")
			.header("TE", "trailers")
			.header("X-Client-Kept", "1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Proxy-Authenticate")
			.expectHeader()
			.doesNotExist("X-Application-Context")
			.expectHeader()
			.valueEquals("X-Upstream-Kept", "2");

		LoggedRequest forwarded = this.upstreams.service("identity").getAllServeEvents().get(0).getRequest();
		assertThat(forwarded.containsHeader("Proxy-Authorization")).isFalse();
		assertThat(forwarded.containsHeader("Keep-Alive")).isFalse();
		assertThat(forwarded.containsHeader("TE")).isFalse();
		assertThat(forwarded.getHeader("X-Client-Kept")).isEqualTo("1");
	}

	@Test
	void callsTheServicesWithUpstreamCallAndWritesTheirAnswersWithTheGatewaysOwnHeaderFiltersOnly(
			@Autowired List<GlobalFilter> filters) {
		assertThat(filters).noneMatch(NettyRoutingFilter.class::isInstance)
			.extracting((filter) -> filter.getClass().getSimpleName())
			.containsOnlyOnce("UpstreamCall");
		// every global filter is a step of every proxied request; none is left that has
		// nothing to do (body caching, forwarding, WebSockets, load balancing, URL
		// building)
		assertThat(filters).filteredOn((filter) -> !(filter instanceof NettyWriteResponseFilter))
			.extracting((filter) -> filter.getClass().getSimpleName())
			.containsExactlyInAnyOrder("UpstreamCall", "SubjectRateLimitFilter");
		assertThat(filters).filteredOn(NettyWriteResponseFilter.class::isInstance)
			.singleElement()
			.satisfies((writing) -> assertThat(((NettyWriteResponseFilter) writing).getHeadersFilters())
				.extracting((filter) -> filter.getClass().getSimpleName())
				.containsExactly("ProxiedHeaders", "ProxiedHeaders"));
	}

	@Test
	void runsTheEdgeFiltersAsOneWebFilterInTheirOrder(@Autowired List<WebFilter> webFilters,
			@Autowired List<EdgeFilter> edgeFilters) {
		assertThat(webFilters).extracting((filter) -> filter.getClass().getName())
			.filteredOn((name) -> name.startsWith("org.shengshi"))
			.containsExactly("org.shengshi.gateway.filters.EdgeFilterChain");
		assertThat(webFilters).noneMatch(WeightCalculatorWebFilter.class::isInstance);
		assertThat(edgeFilters).extracting((filter) -> filter.getClass().getSimpleName())
			.containsExactlyInAnyOrder("RequestIdFilter", "TraceContextFilter", "AccessLogFilter",
					"SecurityHeadersFilter", "MethodFilter", "CorsFilter", "BodySizeLimitFilter",
					"AddressRateLimitFilter");
		assertThat(edgeFilters).isSortedAccordingTo(Comparator.comparingInt(EdgeFilter::getOrder));
	}

	@Test
	void leavesLogbackNoTurboFilterToConsultOnEveryLevelCheck() {
		LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

		assertThat(logback.getTurboFilterList()).isEmpty();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void logsEachRequestOnceAsAnEcsLineWithoutItsQueryOrToken(CapturedOutput output) {
		String bearer = residentBearer("resident-access-log");
		String requestId = "access-log-" + System.nanoTime();
		this.client.get()
			.uri("/api/v1/catalog/items/abc?idCard=440106199003070036")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.header("X-Request-Id", requestId)
			.exchange()
			.expectStatus()
			.isOk();

		// written when the exchange has finished, which may be just after the client has
		// the answer
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> output.getOut().lines().anyMatch((line) -> line.contains(requestId)));
		List<String> lines = output.getOut().lines().filter((line) -> line.contains(requestId)).toList();
		assertThat(lines).hasSize(1);
		JsonNode line = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(line.path("log").path("logger").asString()).isEqualTo("org.shengshi.gateway.access");
		assertThat(line.path("message").asString()).isEqualTo("request handled");
		assertThat(line.path("url").path("path").asString()).isEqualTo("/api/v1/catalog/items/abc");
		assertThat(line.path("http").path("status").asInt()).isEqualTo(200);
		assertThat(line.path("route").asString()).isEqualTo("catalog");
		assertThat(lines.get(0)).doesNotContain("440106199003070036", bearer.substring("Bearer ".length()));
	}

	@Test
	void continuesTheCallersTraceWithTheGatewayAsParent() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		this.client.get()
			.uri("/api/v1/certificates/wallet")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-trace"))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.header("tracestate", "vendor=abc")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest forwarded = this.upstreams.service("certificates").getAllServeEvents().get(0).getRequest();
		assertThat(forwarded.getHeader("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
			.doesNotContain("00f067aa0ba902b7");
		assertThat(forwarded.getHeader("tracestate")).isEqualTo("vendor=abc");
	}

	@Test
	void startsATraceWhenTheCallerSentNoneOrAnInvalidOne() {
		this.client.get()
			.uri("/api/v1/catalog/items/abc")
			.header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
			.header("tracestate", "vendor=abc")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest forwarded = this.upstreams.service("catalog").getAllServeEvents().get(0).getRequest();
		assertThat(forwarded.getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
			.doesNotContain("00000000000000000000000000000000");
		assertThat(forwarded.containsHeader("tracestate")).isFalse();
	}

	@Test
	void routesPaymentChannelCallbacksAnonymouslyToPayments() {
		this.client.post()
			.uri("/api/v1/payments/callbacks/wechat")
			.bodyValue("{\"id\":\"EV_1\"}")
			.exchange()
			.expectStatus()
			.isOk();

		this.upstreams.service("payments")
			.verify(postRequestedFor(urlEqualTo("/api/v1/payments/callbacks/wechat"))
				.withRequestBody(equalTo("{\"id\":\"EV_1\"}")));
	}

	@Test
	void servesEachServicesOpenApiDocumentUnderTheGatewaysApiDocsPath() {
		this.upstreams.service("cases")
			.stubFor(get(urlEqualTo("/v3/api-docs"))
				.willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"cases\"}}")));

		this.client.get()
			.uri("/v3/api-docs/cases")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("cases");
	}

	@Test
	void listsEveryServicesApiDocsInSwaggerUi() {
		this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].url")
			.value((List<String> urls) -> assertThat(urls).contains("/v3/api-docs", "/v3/api-docs/identity",
					"/v3/api-docs/catalog", "/v3/api-docs/cases", "/v3/api-docs/payments",
					"/v3/api-docs/certificates"));
	}

	@Test
	void describesItselfInItsOwnApiDocument() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Shengshi gateway")
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer");
	}

}

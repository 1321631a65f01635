package org.shengshi.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class EdgeIT extends GatewayITSupport {

	private static final String APP_ORIGIN = "http://localhost:5173";

	@Test
	void answersAnUnknownPathWith404Problem() {
		this.client.get()
			.uri("/api/v2/nothing/here")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-404"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.requestId")
			.isNotEmpty()
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist();
	}

	@Test
	void rejectsTraceWith405AndTheAllowedMethods() {
		this.client.method(HttpMethod.TRACE)
			.uri("/api/v1/cases")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(PROBLEM)
			.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("GET", "POST").doesNotContain("TRACE"))
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void answersAWrongMethodOnTheGatewaysOwnEndpointsWith405Problem() {
		this.client.post()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void setsSecurityHeadersOnRoutedResponsesAndOnErrors() {
		assertSecurityHeaders(this.client.get()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-headers"))
			.exchange()
			.expectStatus()
			.isOk());
		assertSecurityHeaders(this.client.get().uri("/api/v1/cases").exchange().expectStatus().isUnauthorized());
	}

	private void assertSecurityHeaders(WebTestClient.ResponseSpec response) {
		response.expectHeader()
			.valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.value("Content-Security-Policy", (csp) -> assertThat(csp).startsWith("default-src 'none'"))
			.expectHeader()
			.exists("X-Request-Id");
	}

	@Test
	void relaxesTheContentSecurityPolicyOnlyForSwaggerUi() {
		this.client.get()
			.uri("/webjars/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).startsWith("default-src 'self'").contains("frame-ancestors 'none'"))
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void answersAPreflightFromTheAppOrigin() {
		this.client.options()
			.uri("/api/v1/cases")
			.header(HttpHeaders.ORIGIN, APP_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,idempotency-key")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, APP_ORIGIN)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("POST"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"));

		this.upstreams.service("cases").verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesAPreflightFromAnyOtherOriginWith403Problem() {
		this.client.options()
			.uri("/api/v1/cases")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("CORS_ORIGIN_NOT_ALLOWED");
	}

	@Test
	void letsTheAppReadTheResponseOfACrossOriginRequest() {
		this.client.get()
			.uri("/api/v1/catalog/items/item-1")
			.header(HttpHeaders.ORIGIN, APP_ORIGIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, APP_ORIGIN)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("X-Request-Id", "Retry-After"));
	}

	@Test
	void rejectsADeclaredOversizedBodyWith413BeforeCallingTheService() {
		this.client.post()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-big"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(jsonOfSize(17 * 1024))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");

		this.upstreams.service("cases").verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void rejectsAStreamedBodyWith413OnceItGrowsPastTheLimit() {
		this.client.post()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-stream"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks(40, 1024), DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(PROBLEM)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	void forwardsAStreamedBodyWithinTheLimitWhole() {
		this.client.post()
			.uri("/api/v1/cases")
			.header(HttpHeaders.AUTHORIZATION, residentBearer("resident-small-stream"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks(8, 1024), DataBuffer.class)
			.exchange()
			.expectStatus()
			.isOk();

		this.upstreams.service("cases")
			.verify(1, postRequestedFor(urlEqualTo("/api/v1/cases")).withHeader(HttpHeaders.TRANSFER_ENCODING,
					com.github.tomakehurst.wiremock.client.WireMock.equalTo("chunked")));
		assertThat(this.upstreams.service("cases").getAllServeEvents().get(0).getRequest().getBody()).hasSize(8 * 1024);
	}

	private static String jsonOfSize(int bytes) {
		return "\"" + "x".repeat(bytes - 2) + "\"";
	}

	private static Flux<DataBuffer> chunks(int count, int size) {
		byte[] chunk = "y".repeat(size).getBytes(StandardCharsets.US_ASCII);
		return Flux.range(0, count)
			.delayElements(Duration.ofMillis(2))
			.map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
	}

}

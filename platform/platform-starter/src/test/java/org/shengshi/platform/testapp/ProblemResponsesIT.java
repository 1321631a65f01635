package org.shengshi.platform.testapp;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of error a service can meet, over real HTTP against the starter's wiring:
 * status, problem+json, stable code, request id, no internals.
 */
@ShengshiServiceTest
class ProblemResponsesIT {

	private static final int ONE_MIB = 1024 * 1024;

	@LocalServerPort
	private int port;

	private TestHttp http;

	private String bearer;

	@BeforeEach
	void setUp() {
		this.http = new TestHttp(this.port);
		this.bearer = TestJwtIssuer.shared().staff("officer-1", "440100-GA", "case_officer").bearer();
	}

	@Test
	void malformedJsonIsA400() {
		TestHttp.Reply reply = this.http.post("/test/applications", "application/json", "{\"name\": ", auth());
		assertProblem(reply, 400, "MALFORMED_JSON");
		assertThat(reply.text("title")).isEqualTo("请求体格式错误");
	}

	@Test
	void fieldOfTheWrongJsonTypeIsMalformed() {
		TestHttp.Reply reply = this.http.post("/test/applications", "application/json",
				"{\"name\": {\"first\": 1}, \"phone\": \"13812345678\"}", auth());
		assertProblem(reply, 400, "MALFORMED_JSON");
	}

	@Test
	void invalidFieldsAreListed() {
		TestHttp.Reply reply = this.http.post("/test/applications", "application/json",
				"{\"name\": \"\", \"phone\": \"12345\"}", auth());
		assertProblem(reply, 400, "VALIDATION_FAILED");
		JsonNode errors = reply.json().get("errors");
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.findValuesAsString("field")).contains("name", "phone");
		assertThat(errors.findValuesAsString("code")).contains("NOT_BLANK", "PATTERN");
		assertThat(errors.get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void validRequestPasses() {
		TestHttp.Reply reply = this.http.post("/test/applications", "application/json",
				"{\"name\": \"张三\", \"phone\": \"13812345678\"}", auth());
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.text("name")).isEqualTo("张*");
	}

	@Test
	void invalidMethodParameterIsAValidationProblem() {
		TestHttp.Reply reply = this.http.get("/test/search?q=x&page=0", auth());
		assertProblem(reply, 400, "VALIDATION_FAILED");
		assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("page");
		assertThat(reply.json().get("errors").findValuesAsString("code")).containsExactly("MIN");
	}

	@Test
	void parameterOfTheWrongTypeIsA400() {
		TestHttp.Reply reply = this.http.get("/test/items/abc", auth());
		assertProblem(reply, 400, "INVALID_PARAMETER");
		assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("id");
	}

	@Test
	void missingParameterIsA400() {
		assertProblem(this.http.get("/test/search", auth()), 400, "MISSING_PARAMETER");
	}

	@Test
	void unknownPathIsA404() {
		assertProblem(this.http.get("/test/nothing-here", auth()), 404, "NOT_FOUND");
		assertProblem(this.http.get("/no/such/resource.json", auth()), 404, "NOT_FOUND");
	}

	@Test
	void wrongMethodIsA405() {
		TestHttp.Reply reply = this.http
			.send(this.http.request("/test/items/1").header("Authorization", this.bearer).DELETE().build());
		assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
		assertThat(reply.header("Allow")).contains("GET");
	}

	@Test
	void wrongContentTypeIsA415() {
		assertProblem(this.http.post("/test/applications", "text/plain", "name=张三", auth()), 415,
				"UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void unacceptableResponseTypeIsA406() {
		assertProblem(this.http.get("/test/items/1", "Authorization", this.bearer, "Accept", "application/xml"), 406,
				"NOT_ACCEPTABLE");
	}

	@Test
	void optimisticConflictIsA409() {
		assertProblem(this.http.get("/test/conflict", auth()), 409, "CONFLICT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "no-connection", "query-cut", "commit-cut" })
	void aBrokenDatabaseConnectionIsARetriable503WithoutInternals(String how) {
		TestHttp.Reply reply = this.http.get("/test/database-gone/" + how, auth());
		assertProblem(reply, 503, "DATA_STORE_UNAVAILABLE");
		assertThat(reply.header("Retry-After")).isEqualTo("2");
		assertThat(reply.body()).doesNotContain("db-internal").doesNotContain("JDBC");
	}

	@Test
	void unexpectedErrorIsA500WithoutInternals() {
		TestHttp.Reply reply = this.http.get("/test/boom", auth());
		assertProblem(reply, 500, "INTERNAL_ERROR");
		assertThat(reply.body()).doesNotContain("db-internal")
			.doesNotContain("jdbc")
			.doesNotContain("13812345678")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void problemExceptionIsRenderedWithItsCodeAndProperties() {
		TestHttp.Reply reply = this.http.get("/test/cases/440100-20250101-0001", auth());
		assertProblem(reply, 404, "CASE_NOT_FOUND");
		assertThat(reply.text("title")).isEqualTo("办件不存在");
		assertThat(reply.text("detail")).isEqualTo("找不到该办件。");
		assertThat(reply.text("caseNumber")).isEqualTo("440100-20250101-0001");
		assertThat(reply.text("type")).isEqualTo("urn:shengshi:problem:case-not-found");
	}

	@Test
	void acceptLanguageEnglishSwitchesTitleAndDetail() {
		TestHttp.Reply reply = this.http.get("/test/cases/1", "Authorization", this.bearer, "Accept-Language",
				"en-US,en;q=0.9");
		assertProblem(reply, 404, "CASE_NOT_FOUND");
		assertThat(reply.text("title")).isEqualTo("Case not found");
		assertThat(reply.text("detail")).isEqualTo("No such case.");
		TestHttp.Reply standard = this.http.post("/test/applications", "application/json", "{", "Authorization",
				this.bearer, "Accept-Language", "en");
		assertThat(standard.text("title")).isEqualTo("Malformed request body");
	}

	@Test
	void bodyOverTheLimitIsRejectedByContentLength() {
		TestHttp.Reply reply = this.http.post("/test/applications", "application/json", jsonOfSize(ONE_MIB + 50_000),
				auth());
		assertProblem(reply, 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void chunkedBodyOverTheLimitIsRejectedWhileReading() {
		byte[] body = jsonOfSize(ONE_MIB + 50_000).getBytes(StandardCharsets.UTF_8);
		HttpRequest request = this.http.request("/test/applications")
			.header("Authorization", this.bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		assertThat(request.bodyPublisher().orElseThrow().contentLength()).isNegative();
		assertProblem(this.http.send(request), 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void bodyUnderTheLimitIsAccepted() {
		TestHttp.Reply reply = this.http.post("/test/applications", "application/json", jsonOfSize(ONE_MIB - 1024),
				auth());
		assertThat(reply.status()).isEqualTo(201);
	}

	@Test
	void safeRequestIdIsEchoedAndUsedInTheProblem() {
		TestHttp.Reply reply = this.http.get("/test/conflict", "Authorization", this.bearer, "X-Request-Id", "abc-123");
		assertThat(reply.header("X-Request-Id")).isEqualTo("abc-123");
		assertThat(reply.text("requestId")).isEqualTo("abc-123");
	}

	@Test
	void unsafeRequestIdIsReplaced() {
		TestHttp.Reply reply = this.http.get("/test/conflict", "Authorization", this.bearer, "X-Request-Id",
				"evil\"id;drop");
		assertThat(reply.header("X-Request-Id")).isNotEqualTo("evil\"id;drop").matches("[0-9a-f-]{36}");
		assertThat(reply.text("requestId")).isEqualTo(reply.header("X-Request-Id"));
	}

	private String[] auth() {
		return new String[] { "Authorization", this.bearer };
	}

	private static String jsonOfSize(int size) {
		String head = "{\"name\": \"张三\", \"phone\": \"13812345678\", \"note\": \"";
		String tail = "\"}";
		return head + "a".repeat(size - head.getBytes(StandardCharsets.UTF_8).length - tail.length()) + tail;
	}

	static void assertProblem(TestHttp.Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		JsonNode body = reply.json();
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("title").asString()).isNotBlank();
		assertThat(body.get("detail").asString()).isNotBlank();
		assertThat(body.get("type").asString()).isNotBlank();
		assertThat(body.get("requestId").asString()).isNotBlank().isEqualTo(reply.header("X-Request-Id"));
		assertThat(reply.body()).doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("trace\"");
	}

}

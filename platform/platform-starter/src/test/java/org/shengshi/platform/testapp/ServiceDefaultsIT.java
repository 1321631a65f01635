package org.shengshi.platform.testapp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shengshi.platform.testapp.ProblemResponsesIT.assertProblem;

/**
 * What every service gets without writing code: actuator exposure and probes, API docs
 * with the bearer scheme, W3C trace context in and out, and masked JSON logs carrying
 * request and trace ids.
 */
@ShengshiServiceTest
@ExtendWith(OutputCaptureExtension.class)
class ServiceDefaultsIT {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> downstreamTraceparents = new CopyOnWriteArrayList<>();

	@LocalServerPort
	private int port;

	private TestHttp http;

	private String bearer;

	private HttpServer downstream;

	@BeforeEach
	void setUp() throws IOException {
		this.http = new TestHttp(this.port);
		this.bearer = TestJwtIssuer.shared().staff("officer-1", "440100-GA", "case_officer").bearer();
		this.downstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.downstream.createContext("/downstream", (exchange) -> {
			String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
			this.downstreamTraceparents.add(String.valueOf(traceparent));
			byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.downstream.start();
	}

	@AfterEach
	void stopDownstream() {
		this.downstream.stop(0);
	}

	@Test
	void livenessAndReadinessProbesAreUp() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			TestHttp.Reply reply = this.http.get(probe);
			assertThat(reply.status()).as(probe).isEqualTo(200);
			assertThat(reply.text("status")).isEqualTo("UP");
		}
	}

	@Test
	void prometheusMetricsAreOpenToScrapers() {
		TestHttp.Reply reply = this.http.get("/actuator/prometheus");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void queuesUpTo1024ConnectionsBeforeTheyAreAccepted(@Autowired ServletWebServerApplicationContext context) {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

		assertThat(connector.getProperty("acceptCount")).isEqualTo(1024);
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		assertProblem(this.http.get("/actuator/env"), 401, "UNAUTHENTICATED");
		assertProblem(this.http.get("/actuator/env", "Authorization", this.bearer), 404, "NOT_FOUND");
	}

	@Test
	void apiDocsDeclareTheBearerScheme() {
		TestHttp.Reply reply = this.http.get("/v3/api-docs");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode scheme = reply.json().at("/components/securitySchemes/bearer-jwt");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(reply.json().at("/paths/~1test~1officer/get").isMissingNode()).isFalse();
		assertThat(reply.json().get("paths").has("/error")).isFalse();
		assertThat(this.http.get("/swagger-ui.html").status()).isIn(200, 302);
	}

	@Test
	void incomingTraceparentIsContinuedOnOutgoingCalls() {
		String incoming = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
		TestHttp.Reply reply = this.http.get("/test/outbound?port=" + this.downstream.getAddress().getPort(),
				"Authorization", this.bearer, "traceparent", incoming);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.text("traceparent")).startsWith("00-" + TRACE_ID + "-").doesNotContain("00f067aa0ba902b7");
		assertThat(this.downstreamTraceparents).hasSize(1);
		assertThat(this.downstreamTraceparents.get(0)).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
			.doesNotContain("00f067aa0ba902b7");
	}

	@Test
	void withoutIncomingTraceANewOneIsStartedAndPropagated() {
		TestHttp.Reply reply = this.http.get("/test/outbound?port=" + this.downstream.getAddress().getPort(),
				"Authorization", this.bearer);
		assertThat(reply.status()).isEqualTo(200);
		String traceId = reply.text("traceparent").substring(3, 35);
		assertThat(this.downstreamTraceparents.get(0)).startsWith("00-" + traceId + "-");
	}

	@Test
	void logLinesAreJsonWithIdsAndMaskedPersonalData(CapturedOutput output) {
		TestHttp.Reply reply = this.http.get("/test/log?phone=13812345678&idNumber=440106199001011234", "Authorization",
				this.bearer, "X-Request-Id", "log-test-1", "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("requestId")).isEqualTo("log-test-1");
		JsonNode line = logLine(output, "checking resident");
		assertThat(line.get("message").asString())
			.isEqualTo("checking resident phone=138****5678 idNumber=440***********1234");
		assertThat(line.get("requestId").asString()).isEqualTo("log-test-1");
		assertThat(line.get("traceId").asString()).isEqualTo(TRACE_ID);
		assertThat(line.get("spanId").asString()).matches("[0-9a-f]{16}");
		assertThat(line.get("service").asString()).isEqualTo("starter-test");
		assertThat(line.get("level").asString()).isEqualTo("INFO");
		assertThat(output.getAll()).doesNotContain("13812345678").doesNotContain("440106199001011234");
	}

	@Test
	void unexpectedErrorIsLoggedWithTheRequestIdAndMasked(CapturedOutput output) {
		this.http.get("/test/boom", "Authorization", this.bearer, "X-Request-Id", "boom-1");
		JsonNode line = logLine(output, "Unexpected error");
		assertThat(line.get("level").asString()).isEqualTo("ERROR");
		assertThat(line.get("requestId").asString()).isEqualTo("boom-1");
		assertThat(line.get("exceptionMessage").asString()).contains("138****5678");
		assertThat(line.get("stackTrace").asString()).contains("TestController");
		assertThat(output.getAll()).doesNotContain("13812345678");
	}

	private JsonNode logLine(CapturedOutput output, String messageStart) {
		return output.getOut()
			.lines()
			.filter((candidate) -> candidate.startsWith("{") && candidate.contains(messageStart))
			.map(this::parse)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no JSON log line with '" + messageStart + "' in:\n" + output));
	}

	private JsonNode parse(String line) {
		try {
			return this.json.readTree(line);
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("not JSON: " + line, ex));
		}
	}

}

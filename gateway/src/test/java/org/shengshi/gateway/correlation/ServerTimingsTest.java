package org.shengshi.gateway.correlation;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ServerTimings timings = new ServerTimings(this.registry);

	@Test
	void timesEachMethodStatusAndPatternWithTheTagsOfSpringsObservation() {
		record(answered(exchange(HttpMethod.GET, "/actuator/health", "/actuator/health"), 200), false, 2_000_000);
		record(answered(exchange(HttpMethod.GET, "/actuator/health", "/actuator/health"), 200), false, 4_000_000);
		record(answered(exchange(HttpMethod.POST, "/api/v1/cases", null), 503), false, 1_000_000);

		Timer health = timer("GET", "200", "/actuator/health");
		assertThat(health.count()).isEqualTo(2);
		assertThat(health.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(6.0);
		assertThat(health.getId().getTag("outcome")).isEqualTo("SUCCESS");
		assertThat(health.getId().getTag("exception")).isEqualTo("none");
		assertThat(health.getId().getTag("error")).isEqualTo("none");
		Timer routed = timer("POST", "503", "UNKNOWN");
		assertThat(routed.count()).isEqualTo(1);
		assertThat(routed.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
		assertThat(this.registry.find(ServerTimings.NAME).timers()).hasSize(2);
	}

	@Test
	void namesTheRootNotFoundAndRedirectionsAsSpringDoes() {
		record(answered(exchange(HttpMethod.GET, "/", ""), 200), false, 1_000);
		record(answered(exchange(HttpMethod.GET, "/nothing", null), 404), false, 1_000);
		record(answered(exchange(HttpMethod.GET, "/moved", null), 302), false, 1_000);

		assertThat(timer("GET", "200", "root").count()).isEqualTo(1);
		assertThat(timer("GET", "404", "NOT_FOUND").getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
		assertThat(timer("GET", "302", "REDIRECTION").getId().getTag("outcome")).isEqualTo("REDIRECTION");
	}

	@Test
	void namesTheFailureAnExceptionHandlerAnswered() {
		MockServerWebExchange exchange = answered(exchange(HttpMethod.GET, "/nothing", null), 404);
		exchange.getAttributes()
			.put(ExceptionHandlingWebHandler.HANDLED_WEB_EXCEPTION, new ResponseStatusException(HttpStatus.NOT_FOUND));

		record(exchange, false, 1_000);

		Timer timer = timer("GET", "404", "NOT_FOUND");
		assertThat(timer.getId().getTag("exception")).isEqualTo("ResponseStatusException");
		assertThat(timer.getId().getTag("error")).isEqualTo("ResponseStatusException");
	}

	@Test
	void aClientThatWentAwayBeforeTheAnswerHasNeitherStatusNorOutcome() {
		record(answered(exchange(HttpMethod.GET, "/api/v1/cases", null), 200), true, 1_000);

		Timer timer = timer("GET", "UNKNOWN", "UNKNOWN");
		assertThat(timer.getId().getTag("outcome")).isEqualTo("UNKNOWN");
	}

	@Test
	void namesStatusesSpringDoesNotKnowAndMethodsThatAreNotStandard() {
		record(answered(exchange(HttpMethod.GET, "/a", null), 299), false, 1_000);
		record(answered(exchange(HttpMethod.GET, "/a", null), 499), false, 1_000);
		record(answered(exchange(HttpMethod.valueOf("BREW"), "/a", null), 405), false, 1_000);

		assertThat(timer("GET", "299", "UNKNOWN").getId().getTag("outcome")).isEqualTo("SUCCESS");
		assertThat(timer("GET", "499", "UNKNOWN").getId().getTag("outcome")).isEqualTo("UNKNOWN");
		assertThat(timer("UNKNOWN", "405", "UNKNOWN").count()).isEqualTo(1);
	}

	/** Records as {@link AccessLogFilter} does, with the status the response has. */
	private void record(MockServerWebExchange exchange, boolean aborted, long nanos) {
		this.timings.record(exchange, exchange.getResponse().getStatusCode(), aborted, nanos);
	}

	private static MockServerWebExchange exchange(HttpMethod method, String path, String pattern) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
		ServerRequestObservationContext context = new ServerRequestObservationContext(exchange.getRequest(),
				exchange.getResponse(), exchange.getAttributes());
		context.setPathPattern(pattern);
		exchange.getAttributes().put(ServerRequestObservationContext.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
		return exchange;
	}

	private static MockServerWebExchange answered(MockServerWebExchange exchange, int status) {
		exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(status));
		return exchange;
	}

	private Timer timer(String method, String status, String uri) {
		return this.registry.get(ServerTimings.NAME).tags("method", method, "status", status, "uri", uri).timer();
	}

}

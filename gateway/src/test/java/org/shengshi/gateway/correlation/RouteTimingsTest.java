package org.shengshi.gateway.correlation;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTimingsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final RouteTimings timings = new RouteTimings(this.registry);

	private final Route identity = Route.async()
		.id("identity")
		.uri(URI.create("http://127.0.0.1:8081"))
		.predicate((exchange) -> true)
		.build();

	@Test
	void timesEachRouteMethodAndStatusWithSpringCloudGatewaysTags() {
		this.timings.record(this.identity, "GET", HttpStatusCode.valueOf(200), 2_000_000);
		this.timings.record(this.identity, "GET", HttpStatusCode.valueOf(200), 4_000_000);
		this.timings.record(this.identity, "POST", HttpStatusCode.valueOf(503), 1_000_000);

		Timer ok = timer("GET", "200");
		assertThat(ok.count()).isEqualTo(2);
		assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(6.0);
		assertThat(ok.getId().getTag("routeUri")).isEqualTo("http://127.0.0.1:8081");
		assertThat(ok.getId().getTag("status")).isEqualTo("OK");
		assertThat(ok.getId().getTag("outcome")).isEqualTo("SUCCESS");
		Timer unavailable = timer("POST", "503");
		assertThat(unavailable.count()).isEqualTo(1);
		assertThat(unavailable.getId().getTag("status")).isEqualTo("SERVICE_UNAVAILABLE");
		assertThat(unavailable.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
		assertThat(this.registry.find(RouteTimings.NAME).timers()).hasSize(2);
	}

	@Test
	void namesAStatusItDoesNotKnowAndOneThatWasNeverSet() {
		this.timings.record(this.identity, "GET", HttpStatusCode.valueOf(299), 1_000);
		this.timings.record(this.identity, "GET", null, 1_000);

		assertThat(timer("GET", "299").getId().getTag("status")).isEqualTo("CUSTOM");
		assertThat(timer("GET", "299").getId().getTag("outcome")).isEqualTo("SUCCESS");
		assertThat(timer("GET", "NA").getId().getTag("status")).isEqualTo("NA");
		assertThat(timer("GET", "NA").getId().getTag("outcome")).isEqualTo("UNKNOWN");
	}

	private Timer timer(String method, String status) {
		return this.registry.get(RouteTimings.NAME)
			.tags("routeId", "identity", "httpMethod", method, "httpStatusCode", status)
			.timer();
	}

}

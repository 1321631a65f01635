package org.shengshi.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentRetryTest {

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void callsAgainOnceWhenAReadsConnectionFailedAndAnswersWithTheSecondCall() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));

		new IdempotentRetry(1).filter(exchange, failingTimes(1, new ConnectException("refused"))).block();

		assertThat(this.calls).hasValue(2);
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void givesUpAfterItsRetriesWithTheLastError() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.head("/api/v1/cases"));

		assertThatThrownBy(
				() -> new IdempotentRetry(2).filter(exchange, failingTimes(5, new IOException("reset"))).block())
			.hasRootCauseInstanceOf(IOException.class);
		assertThat(this.calls).hasValue(3);
	}

	@Test
	void recognisesAConnectionFailureAsTheCause() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));

		new IdempotentRetry(1)
			.filter(exchange, failingTimes(1, new IllegalStateException("closed", new IOException("early"))))
			.block();

		assertThat(this.calls).hasValue(2);
	}

	@Test
	void neverRepeatsAWriteATimeoutOrAReadWithABody() {
		assertCalledOnce(MockServerHttpRequest.post("/api/v1/cases").build(), new IOException("reset"));
		assertCalledOnce(MockServerHttpRequest.get("/api/v1/cases").build(), new TimeoutException("slow"));
		assertCalledOnce(MockServerHttpRequest.get("/api/v1/cases").header("Content-Length", "5").build(),
				new IOException("reset"));
		assertCalledOnce(MockServerHttpRequest.get("/api/v1/cases").header("Transfer-Encoding", "chunked").build(),
				new IOException("reset"));
	}

	@Test
	void neverRepeatsACallWhoseAnswerHasBegun() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));
		GatewayFilterChain chain = (passed) -> {
			this.calls.incrementAndGet();
			return passed.getResponse().setComplete().then(Mono.error(new IOException("reset mid-answer")));
		};

		assertThatThrownBy(() -> new IdempotentRetry(1).filter(exchange, chain).block())
			.hasRootCauseInstanceOf(IOException.class);
		assertThat(this.calls).hasValue(1);
	}

	private void assertCalledOnce(MockServerHttpRequest request, Exception failure) {
		this.calls.set(0);
		MockServerWebExchange exchange = MockServerWebExchange.from(request);

		assertThatThrownBy(() -> new IdempotentRetry(1).filter(exchange, failingTimes(1, failure)).block()).isNotNull();
		assertThat(this.calls).hasValue(1);
	}

	private GatewayFilterChain failingTimes(int failures, Exception failure) {
		return (ServerWebExchange passed) -> Mono.defer(() -> {
			if (this.calls.incrementAndGet() <= failures) {
				return Mono.error(failure);
			}
			passed.getResponse().setStatusCode(HttpStatus.OK);
			return passed.getResponse().setComplete();
		});
	}

}

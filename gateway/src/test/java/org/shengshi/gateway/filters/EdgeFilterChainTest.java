package org.shengshi.gateway.filters;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeFilterChainTest {

	private final List<String> ran = new ArrayList<>();

	@Test
	void runsTheFiltersInTheirOrderThenTheRestOfTheChainWithTheExchangeEachPassedOn() {
		EdgeFilterChain chain = new EdgeFilterChain(List.of(new Recording("third", 30, false),
				new Recording("first", 10, false), new Recording("second", 20, false)));
		MockServerWebExchange exchange = exchange();

		chain.filter(exchange, (passed) -> {
			this.ran.add("rest saw " + passed.getAttribute("last"));
			return Mono.empty();
		}).block();

		assertThat(this.ran).containsExactly("first", "second", "third", "rest saw third");
		assertThat(chain.order()).containsExactly(Recording.class, Recording.class, Recording.class);
	}

	@Test
	void aFilterThatAnswersStopsTheChain() {
		EdgeFilterChain chain = new EdgeFilterChain(List.of(new Recording("first", 10, false),
				new Recording("answers", 20, true), new Recording("never", 30, false)));
		MockServerWebExchange exchange = exchange();

		chain.filter(exchange, (passed) -> {
			this.ran.add("rest");
			return Mono.empty();
		}).block();

		assertThat(this.ran).containsExactly("first", "answers");
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void withNoFiltersPassesStraightOn() {
		EdgeFilterChain chain = new EdgeFilterChain(List.of());

		chain.filter(exchange(), (passed) -> {
			this.ran.add("rest");
			return Mono.empty();
		}).block();

		assertThat(this.ran).containsExactly("rest");
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));
	}

	private final class Recording implements EdgeFilter {

		private final String name;

		private final int order;

		private final boolean answers;

		Recording(String name, int order, boolean answers) {
			this.name = name;
			this.order = order;
			this.answers = answers;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			EdgeFilterChainTest.this.ran.add(this.name);
			if (this.answers) {
				exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
				return exchange.getResponse().setComplete();
			}
			ServerWebExchange passed = exchange.mutate().build();
			passed.getAttributes().put("last", this.name);
			return chain.filter(passed);
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

}

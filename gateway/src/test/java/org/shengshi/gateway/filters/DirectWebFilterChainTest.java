package org.shengshi.gateway.filters;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class DirectWebFilterChainTest {

	private final List<String> ran = new ArrayList<>();

	private final WebFilterChain rest = (exchange) -> {
		this.ran.add("rest saw " + exchange.getAttribute("by"));
		return Mono.empty();
	};

	@Test
	void runsEachFilterInTheListsOrderThenTheRestOfTheChain() {
		MockServerWebExchange exchange = exchange();

		DirectWebFilterChain.of(List.of(passing("first"), passing("second"), passing("third")), this.rest)
			.filter(exchange)
			.block();

		assertThat(this.ran).containsExactly("first", "second", "third", "rest saw third");
	}

	@Test
	void aFilterThatAnswersStopsTheChain() {
		MockServerWebExchange exchange = exchange();
		WebFilter answering = (answered, chain) -> {
			this.ran.add("answers");
			answered.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
			return Mono.empty();
		};

		DirectWebFilterChain.of(List.of(passing("first"), answering, passing("never")), this.rest)
			.filter(exchange)
			.block();

		assertThat(this.ran).containsExactly("first", "answers");
		assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aChainCanBeRunForManyRequests() {
		WebFilterChain chain = DirectWebFilterChain.of(List.of(passing("only")), this.rest);

		chain.filter(exchange()).block();
		chain.filter(exchange()).block();

		assertThat(this.ran).containsExactly("only", "rest saw only", "only", "rest saw only");
	}

	@Test
	void withNoFiltersIsTheRestOfTheChain() {
		assertThat(DirectWebFilterChain.of(List.of(), this.rest)).isSameAs(this.rest);
	}

	private WebFilter passing(String name) {
		return (exchange, chain) -> {
			this.ran.add(name);
			exchange.getAttributes().put("by", name);
			return chain.filter(exchange);
		};
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));
	}

}

package org.shengshi.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.junit.jupiter.api.Test;
import org.shengshi.gateway.correlation.RequestIds;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter.Type;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ProxiedHeadersTest {

	private final ClientAddresses clients = new ClientAddresses(List.of());

	private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases")
		.remoteAddress(new InetSocketAddress("203.0.113.9", 40000))
		.build());

	@Test
	void toAServiceDropsHopByHopAndForwardingHeadersAndNamesTheClient() {
		HttpHeaders input = new HttpHeaders();
		input.add("Authorization", "Bearer abc");
		input.add("Accept", "application/json");
		input.add("Accept", "application/problem+json");
		input.add("Connection", "keep-alive, X-Secret-Hop");
		input.add("x-secret-hop", "1");
		input.add("Keep-Alive", "timeout=5");
		input.add("TE", "trailers");
		input.add("Upgrade", "h2c");
		input.add("Proxy-Authorization", "Basic eA==");
		input.add("X-Forwarded-For", "198.51.100.1");
		input.add("x-forwarded-host", "evil.example");
		input.add("Forwarded", "for=198.51.100.1");
		input.add("X-Request-Id", "r-1");

		HttpHeaders output = ProxiedHeaders.toServices(this.clients).filter(input, this.exchange);

		assertThat(output.headerNames()).containsExactlyInAnyOrder("Authorization", "Accept", "X-Request-Id",
				"X-Forwarded-For");
		assertThat(output.get("X-Request-Id")).containsExactly(RequestIds.of(this.exchange));
		assertThat(output.get("accept")).containsExactly("application/json", "application/problem+json");
		assertThat(output.get("X-Forwarded-For")).containsExactly("203.0.113.9");
		assertThat(output.getFirst("authorization")).isEqualTo("Bearer abc");
	}

	@Test
	void toAServiceDropsTheContentLengthOfAChunkedRequest() {
		HttpHeaders input = new HttpHeaders();
		input.add("Transfer-Encoding", "gzip, Chunked");
		input.add("Content-Length", "12");
		input.add("Content-Type", "application/json");

		HttpHeaders output = ProxiedHeaders.toServices(this.clients).filter(input, this.exchange);

		assertThat(output.headerNames()).containsExactlyInAnyOrder("Content-Type", "X-Forwarded-For", "X-Request-Id");
	}

	@Test
	void toAServiceKeepsTheContentLengthOfAnUnchunkedRequest() {
		HttpHeaders input = new HttpHeaders();
		input.add("Content-Length", "12");

		HttpHeaders output = ProxiedHeaders.toServices(this.clients).filter(input, this.exchange);

		assertThat(output.getContentLength()).isEqualTo(12);
	}

	@Test
	void toAClientDropsHopByHopHeadersOnlyAndAddsNothing() {
		HttpHeaders input = new HttpHeaders();
		input.add("Content-Type", "application/json");
		input.add("Content-Length", "2");
		input.add("Connection", "keep-alive");
		input.add("Keep-Alive", "timeout=60");
		input.add("Proxy-Authenticate", "Basic");
		input.add("X-Application-Context", "identity-service:8081");
		input.add("X-Forwarded-Proto", "https");
		input.add("Set-Cookie", "a=1");
		input.add("Set-Cookie", "b=2");

		HttpHeaders output = ProxiedHeaders.toClients().filter(input, this.exchange);

		assertThat(output.headerNames()).containsExactlyInAnyOrder("Content-Type", "Content-Length",
				"X-Forwarded-Proto", "Set-Cookie");
		assertThat(output.get("Set-Cookie")).containsExactly("a=1", "b=2");
	}

	@Test
	void copiesAServicesAnswerHeadersToTheResponseWithoutTheHopByHopOnes() {
		io.netty.handler.codec.http.HttpHeaders answer = new DefaultHttpHeaders();
		answer.add("Content-Type", "application/json");
		answer.add("Connection", "keep-alive, X-Internal-Hop");
		answer.add("Keep-Alive", "timeout=60");
		answer.add("Transfer-Encoding", "chunked");
		answer.add("x-internal-hop", "1");
		answer.add("X-Application-Context", "identity-service:8081");
		answer.add("Set-Cookie", "a=1");
		answer.add("set-cookie", "b=2");
		HttpHeaders response = new HttpHeaders();
		response.add("X-Content-Type-Options", "nosniff");

		ProxiedHeaders.copyAnswer(answer, response);

		assertThat(response.headerNames()).containsExactlyInAnyOrder("X-Content-Type-Options", "Content-Type",
				"Set-Cookie");
		assertThat(response.get("Set-Cookie")).containsExactly("a=1", "b=2");
	}

	@Test
	void takesBackTheCopiedAnswerAndLeavesWhatTheGatewaySetBefore() {
		io.netty.handler.codec.http.HttpHeaders answer = new DefaultHttpHeaders().add("Content-Type", "text/plain")
			.add("Vary", "Accept-Encoding")
			.add("Access-Control-Allow-Origin", "http://localhost:5173")
			.add("Set-Cookie", "a=1")
			.add("Set-Cookie", "b=2")
			.add("Keep-Alive", "timeout=5");
		HttpHeaders response = new HttpHeaders();
		response.add("Vary", "Origin");
		response.add("Access-Control-Allow-Origin", "http://localhost:5173");
		response.add("Keep-Alive", "gateway's own");
		HttpHeaders before = new HttpHeaders();
		before.addAll(response);

		ProxiedHeaders.copyAnswer(answer, response);
		ProxiedHeaders.removeAnswer(answer, response);

		assertThat(response.headerNames()).containsExactlyInAnyOrderElementsOf(before.headerNames());
		before.headerNames().forEach((name) -> assertThat(response.get(name)).isEqualTo(before.get(name)));
	}

	@Test
	void eachFilterServesOneDirection() {
		assertThat(ProxiedHeaders.toServices(this.clients).supports(Type.REQUEST)).isTrue();
		assertThat(ProxiedHeaders.toServices(this.clients).supports(Type.RESPONSE)).isFalse();
		assertThat(ProxiedHeaders.toClients().supports(Type.RESPONSE)).isTrue();
		assertThat(ProxiedHeaders.toClients().supports(Type.REQUEST)).isFalse();
	}

}

package org.shengshi.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

	private final ClientAddresses noProxies = new ClientAddresses(List.of());

	private final ClientAddresses behindProxies = new ClientAddresses(List.of(" 10.0.0.5", "10.0.0.6 ", ""));

	@Test
	void isThePeerWhenNoProxyIsTrustedWhateverTheClientWrote() {
		assertThat(this.noProxies.of(exchange("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void isTheRightMostEntryNotATrustedProxyWhenThePeerIsTrusted() {
		assertThat(this.behindProxies.of(exchange("10.0.0.5", "198.51.100.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
		assertThat(this.behindProxies.of(exchange("10.0.0.5", "198.51.100.1", "203.0.113.9, 10.0.0.6")))
			.isEqualTo("203.0.113.9");
		assertThat(this.behindProxies.of(exchange("10.0.0.6", "2001:db8::1"))).isEqualTo("2001:db8::1");
	}

	@Test
	void isThePeerWhenAnUntrustedPeerSendsForwardedFor() {
		assertThat(this.behindProxies.of(exchange("203.0.113.7", "10.0.0.5"))).isEqualTo("203.0.113.7");
	}

	@Test
	void isTheTrustedPeerWhenItForwardedNothingUsable() {
		assertThat(this.behindProxies.of(exchange("10.0.0.5"))).isEqualTo("10.0.0.5");
		assertThat(this.behindProxies.of(exchange("10.0.0.5", "10.0.0.6"))).isEqualTo("10.0.0.5");
		assertThat(this.behindProxies.of(exchange("10.0.0.5", "1.2.3.4, <script>"))).isEqualTo("10.0.0.5");
	}

	@Test
	void isUnknownWithoutAPeer() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/cases"));

		assertThat(this.noProxies.of(exchange)).isEqualTo("unknown");
	}

	@Test
	void isWorkedOutOncePerExchange() {
		MockServerWebExchange exchange = exchange("203.0.113.9");
		String first = this.noProxies.of(exchange);
		exchange.getAttributes().put(ClientAddresses.ATTRIBUTE, "remembered");

		assertThat(first).isEqualTo("203.0.113.9");
		assertThat(this.noProxies.of(exchange)).isEqualTo("remembered");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.2.3.4", "::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.128" })
	void takesIpLiteralsForAddresses(String text) {
		assertThat(ClientAddresses.isIpAddress(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1", "abc", "host.example", "1.2.3.4 ", "unknown", "1.2.3.4;5",
			"0000000000000000000000000000000000000000000000:" })
	void refusesAnythingElse(String text) {
		assertThat(ClientAddresses.isIpAddress(text)).isFalse();
	}

	private static MockServerWebExchange exchange(String peer, String... forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/cases")
			.remoteAddress(new InetSocketAddress(peer, 40000));
		for (String value : forwardedFor) {
			request.header("X-Forwarded-For", value);
		}
		return MockServerWebExchange.from(request);
	}

}

package org.shengshi.gateway.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's firewall against Spring Security's default
 * {@link StrictServerWebExchangeFirewall}: its header name and value rules against the
 * default rules (regular expressions) for every code point and random strings, and whole
 * requests with tricky headers, paths and methods against the default firewall.
 */
class FirewallTest {

	private final ServerWebExchangeFirewall gateway = new SecurityConfiguration().firewall();

	@SuppressWarnings("unchecked")
	private final Predicate<String> names = (Predicate<String>) ReflectionTestUtils.getField(this.gateway,
			"allowedHeaderNames");

	@SuppressWarnings("unchecked")
	private final Predicate<String> values = (Predicate<String>) ReflectionTestUtils.getField(this.gateway,
			"allowedHeaderValues");

	@Test
	void decidesEveryCodePointLikeTheDefaultRules() {
		List<String> differences = new ArrayList<>();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String character = Character.toString(codePoint);
			for (String text : List.of(character, "Bearer " + character + "x")) {
				if (this.names.test(text) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text)
						|| this.values.test(text) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text)) {
					differences.add(text);
				}
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void decidesRandomStringsLikeTheDefaultRules() {
		String alphabet = "aZ9 -:=~\t\u0000\u001f\u007f\u0085\u00a0\u00e9\u4e2d\u0378\ud83d\ude00\ud800\uffff";
		for (String text : RandomText.of(new Random(33), alphabet, 5000, 10)) {
			assertThat(this.names.test(text)).as("name [%s]", text)
				.isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text));
			assertThat(this.values.test(text)).as("value [%s]", text)
				.isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
		}
	}

	static Stream<String> trickyHeaderText() {
		return Stream.of("", "Bearer abc.def-ghi_jkl~mno+pqr/stu==", "a b", "a\tb", "\t", "a\u0000", "\u001f",
				"a\u007fb", "\u0080", "a\u0085b", "\u009f", "\u00a0", "caf\u00e9", "\u4e2d\u6587", "\u0378", "\ud800",
				"a\udc00", "\ud83d\ude00", "\udb40\udc01", "\ud83f\udfff", "\ufeff", "\uffff", "\u2028", "\u200b",
				"a\r\nb", "\u000b");
	}

	@ParameterizedTest
	@MethodSource("trickyHeaderText")
	void firewallsTrickyHeadersLikeTheDefaultFirewall(String text) {
		for (MockServerHttpRequest request : List.of(get().header("X-Note", text).build(),
				get().header("X-Note", "ok", text).build(), get().header("X-" + text, "ok").build())) {
			assertThat(verdict(this.gateway, request))
				.isEqualTo(verdict(new StrictServerWebExchangeFirewall(), request));
		}
	}

	static Stream<MockServerHttpRequest> trickyRequests() {
		return Stream.of(get().build(), MockServerHttpRequest.get("/api/v1/cases;x").build(),
				MockServerHttpRequest.get("/api//cases").build(),
				MockServerHttpRequest.get("/api/%2e%2e/cases").build(),
				MockServerHttpRequest.get("/api/v1%2Fcases").build(),
				MockServerHttpRequest.get("/api/v1/cases/../identity").build(),
				MockServerHttpRequest.get("/api/v1/cases%25").build(),
				MockServerHttpRequest.method(HttpMethod.TRACE, "/api/v1/cases").build(),
				MockServerHttpRequest.method(HttpMethod.valueOf("FOO"), "/api/v1/cases").build());
	}

	@ParameterizedTest
	@MethodSource("trickyRequests")
	void keepsTheDefaultFirewallsOtherRules(MockServerHttpRequest request) {
		assertThat(verdict(this.gateway, request)).isEqualTo(verdict(new StrictServerWebExchangeFirewall(), request));
	}

	@Test
	void stillRejectsAControlCharacterInAHeaderValue() {
		assertThat(verdict(this.gateway, get().header("X-Note", "a\u0085b").build()))
			.startsWith("The request was rejected");
		assertThat(verdict(this.gateway, get().header("X-Note", "caf\u00e9\tok").build())).isEqualTo("accepted");
	}

	private static MockServerHttpRequest.BaseBuilder<?> get() {
		return MockServerHttpRequest.get("/api/v1/cases");
	}

	/** Accepted, or the rejection message, after reading every header as filters do. */
	private static String verdict(ServerWebExchangeFirewall firewall, MockServerHttpRequest request) {
		return firewall.getFirewalledExchange(MockServerWebExchange.from(request)).map((exchange) -> {
			HttpHeaders headers = exchange.getRequest().getHeaders();
			headers.headerNames().forEach((name) -> headers.get(name));
			return "accepted";
		}).onErrorResume(ServerExchangeRejectedException.class, (ex) -> Mono.just(ex.getMessage())).block();
	}

}

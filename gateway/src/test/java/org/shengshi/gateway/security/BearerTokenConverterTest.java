package org.shengshi.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's bearer token converter against Spring Security's
 * {@link ServerBearerTokenAuthenticationConverter} (defaults: header only): the same
 * token, the same "no token", or the same error for tricky headers (two
 * {@code Authorization} headers included), every UTF-16 char in each part of the header,
 * and random headers over a small alphabet.
 */
class BearerTokenConverterTest {

	private static final String JWT = jwtOfAboutAThousandCharacters();

	private static final ServerWebExchange EXCHANGE = MockServerWebExchange
		.from(MockServerHttpRequest.get("/api/v1/cases"));

	private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();

	private final ServerAuthenticationConverter ours = new BearerTokenConverter();

	static Stream<List<String>> trickyHeaders() {
		return Stream.of(List.of(), List.of(""), List.of(" "), List.of("Bearer"), List.of("Bearer "),
				List.of("Bearer  "), List.of("bearer x"), List.of("BEARER x"), List.of("BeArEr x"),
				List.of("Bearer  x"), List.of("Bearer\tx"), List.of("Bearer \tx"), List.of("Bearer x\t"),
				List.of("\tBearer x"), List.of(" Bearer x"), List.of("Bearer x "), List.of("Bearer x\n"),
				List.of("Bearer x\r\n"), List.of("Bearer\nx"), List.of("Bearer\u00a0x"), List.of("Bearer a=b"),
				List.of("Bearer abc=="), List.of("Bearer abc=d"), List.of("Bearer ="), List.of("Bearer ==abc"),
				List.of("Bearer abc==="), List.of("Bearer a.b.c"), List.of("Bearer -._~+/"), List.of("Bearer a,b"),
				List.of("Bearer a b"), List.of("Bearer \"abc\""), List.of("Bearer Zm9v\u00e9"),
				List.of("Bearer \u4ee4\u724c"), List.of("Bearer \ud83d\ude00"), List.of("Bearer \ud83d"),
				List.of("Bearer a\u0000"), List.of("\uff22earer x"), List.of("Be\u0430rer x"), List.of("Bearer \u212a"),
				List.of("Bearer \u017f"), List.of("Bearer " + JWT), List.of("bearer " + JWT),
				List.of("Bearer " + JWT + " "), List.of("Bearer " + "a".repeat(6000)), List.of("Basic xyz"),
				List.of("Basic Zm9vOmJhcg=="), List.of("Token abc"), List.of("Bearerx"), List.of("Bearer:x"),
				List.of("bearer"), List.of("Bear x"), List.of("Bearer abc", "Bearer def"),
				List.of("Bearer abc", "Bearer a b"), List.of("Bearer a b", "Bearer abc"),
				List.of("Basic xyz", "Bearer abc"), List.of("Bearer abc", "Basic xyz"), List.of("", "Bearer abc"));
	}

	@ParameterizedTest
	@MethodSource("trickyHeaders")
	void decidesTrickyHeadersLikeSpringSecurity(List<String> headers) {
		assertThat(outcome(this.ours, headers)).isEqualTo(outcome(this.spring, headers));
	}

	@Test
	void coversAllThreeOutcomes() {
		assertThat(outcome(this.ours, List.of("Bearer abc=="))).isEqualTo("BearerTokenAuthenticationToken abc==");
		assertThat(outcome(this.ours, List.of("Bearer " + JWT))).endsWith(JWT);
		assertThat(outcome(this.ours, List.of("Basic xyz"))).isEqualTo("no token");
		assertThat(outcome(this.ours, List.of("Bearer abc=d")))
			.isEqualTo("refused invalid_token | Bearer token is malformed | 401 UNAUTHORIZED | "
					+ "https://tools.ietf.org/html/rfc6750#section-3.1 | null");
		assertThat(outcome(this.ours, List.of("Bearer abc", "Bearer a b"))).endsWith(" abc");
	}

	@Test
	void decidesEveryCharacterInEachPartOfTheHeaderLikeSpringSecurity() {
		// In the scheme, as the separator, in the token, after the padding; in parallel,
		// as each refusal costs an exception with a stack trace in both converters.
		List<String> differences = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
			.parallel()
			.mapToObj((c) -> String.valueOf((char) c))
			.flatMap((c) -> Stream.of(c + "earer x", "Bearer" + c + "x", "Bearer x" + c, "Bearer x=" + c))
			.filter((header) -> !outcome(this.ours, List.of(header)).equals(outcome(this.spring, List.of(header))))
			.toList();
		assertThat(differences).isEmpty();
	}

	@Test
	void decidesRandomHeadersLikeSpringSecurity() {
		Random random = new Random(33);
		for (String text : RandomText.of(random, "BbEeAaRr =xZ9-._~+/\t\u00e9\u0130\u212a,", 5000, 12)) {
			// Half of them start with the scheme in random case, to reach the token
			// rules.
			String header = random.nextBoolean() ? randomCase(random, "bearer ") + text : text;
			assertThat(outcome(this.ours, List.of(header))).as("header [%s]", header)
				.isEqualTo(outcome(this.spring, List.of(header)));
		}
	}

	private static String randomCase(Random random, String text) {
		StringBuilder result = new StringBuilder();
		for (char c : text.toCharArray()) {
			result.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
		}
		return result.toString();
	}

	/** What a converter made of the request: a token, no token, or which error. */
	private static String outcome(ServerAuthenticationConverter converter, List<String> authorization) {
		// Errors are turned into outcomes inside the pipeline: block() would add a
		// suppressed exception with a stack trace to each.
		return converter.convert(exchange(authorization))
			.map(BearerTokenConverterTest::token)
			.onErrorResume(OAuth2AuthenticationException.class, (ex) -> Mono.just(refusal(ex)))
			.defaultIfEmpty("no token")
			.block();
	}

	/**
	 * A mutated copy of one mock exchange: a new {@link MockServerWebExchange} sets up
	 * all codecs each time, which made the character sweep take half a minute.
	 */
	private static ServerWebExchange exchange(List<String> authorization) {
		if (authorization.isEmpty()) {
			return EXCHANGE;
		}
		return EXCHANGE.mutate()
			.request((request) -> request.headers((headers) -> headers.put(HttpHeaders.AUTHORIZATION, authorization)))
			.build();
	}

	private static String token(Authentication authentication) {
		assertThat(authentication.isAuthenticated()).isFalse();
		return authentication.getClass().getSimpleName() + " "
				+ ((BearerTokenAuthenticationToken) authentication).getToken();
	}

	private static String refusal(OAuth2AuthenticationException ex) {
		BearerTokenError error = (BearerTokenError) ex.getError();
		return String.join(" | ", "refused " + error.getErrorCode(), error.getDescription(),
				String.valueOf(error.getHttpStatus()), error.getUri(), error.getScope());
	}

	/** An RS256-sized token: header, claims and a 2048-bit signature, base64url. */
	private static String jwtOfAboutAThousandCharacters() {
		Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
		String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k7pQ2xR9vT4mN8bL1cF6hJ3sD0gW5yE\"}";
		String claims = "{\"exp\":1764230700,\"iat\":1764230400,\"jti\":\"onrtac:3c1f0e2a-9b7d-4c55-8a21-6f0e9d3b2c71\","
				+ "\"iss\":\"http://127.0.0.1:8180/realms/shengshi\",\"aud\":\"shengshi-api\","
				+ "\"sub\":\"0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b\",\"typ\":\"Bearer\",\"azp\":\"shengshi-app\","
				+ "\"sid\":\"a1b2c3d4-e5f6-4789-9abc-def012345678\",\"scope\":\"openid profile phone\","
				+ "\"realm_access\":{\"roles\":[\"resident\",\"offline_access\"]},\"preferred_username\":\"r-1\"}";
		byte[] signature = new byte[256];
		new Random(2048).nextBytes(signature);
		return base64url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
				+ base64url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
				+ base64url.encodeToString(signature);
	}

}

package org.shengshi.platform.security;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' bearer token resolver against Spring Security's
 * {@link DefaultBearerTokenResolver} (defaults: header only): the same token, the same
 * "no token" or the same error for tricky headers, every UTF-16 char in each part of the
 * header, and random headers over a small alphabet. (The gateway's converter, on the same
 * rules, is held to Spring's WebFlux converter in the gateway's tests.)
 */
class HeaderBearerTokenResolverTest {

	private static final String JWT = "eyJhbGciOiJSUzI1NiJ9." + "eyJzdWIiOiJyLTEifQ".repeat(50) + ".c2ln-_";

	private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

	private final BearerTokenResolver ours = new HeaderBearerTokenResolver();

	@Test
	void decidesTrickyHeadersLikeSpringSecurity() {
		Stream.of("", " ", "Bearer", "Bearer ", "Bearer  ", "bearer x", "BEARER x", "BeArEr x", "Bearer  x",
				"Bearer\tx", "Bearer x\t", " Bearer x", "Bearer x ", "Bearer x\r\n", "Bearer\u00a0x", "Bearer a=b",
				"Bearer abc==", "Bearer abc=d", "Bearer =", "Bearer ==abc", "Bearer a.b.c", "Bearer -._~+/",
				"Bearer a,b", "Bearer a b", "Bearer Zm9v\u00e9", "Bearer \ud83d\ude00", "Bearer \ud83d",
				"\uff22earer x", "Be\u0430rer x", "Bearer \u212a", "Bearer \u017f", "Bearer " + JWT, "bearer " + JWT,
				"Bearer " + JWT + " ", "Basic Zm9vOmJhcg==", "Token abc", "Bearerx", "Bearer:x", "bearer", "Bear x")
			.forEach((header) -> assertThat(outcome(this.ours, header)).as("header [%s]", header)
				.isEqualTo(outcome(this.spring, header)));
		assertThat(outcome(this.ours, null)).isEqualTo(outcome(this.spring, null)).isEqualTo("no token");
	}

	@Test
	void coversAllThreeOutcomes() {
		assertThat(outcome(this.ours, "Bearer " + JWT)).isEqualTo("token " + JWT);
		assertThat(outcome(this.ours, "Basic xyz")).isEqualTo("no token");
		assertThat(outcome(this.ours, "Bearer abc=d")).startsWith("refused invalid_token | Bearer token is malformed");
	}

	@Test
	void decidesEveryCharacterInEachPartOfTheHeaderLikeSpringSecurity() {
		List<String> differences = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
			.parallel()
			.mapToObj((c) -> String.valueOf((char) c))
			.flatMap((c) -> Stream.of(c + "earer x", "Bearer" + c + "x", "Bearer x" + c, "Bearer x=" + c))
			.filter((header) -> !outcome(this.ours, header).equals(outcome(this.spring, header)))
			.toList();
		assertThat(differences).isEmpty();
	}

	@Test
	void decidesRandomHeadersLikeSpringSecurity() {
		Random random = new Random(33);
		String alphabet = "BbEeAaRr =xZ9-._~+/\t\u00e9\u0130\u212a,";
		for (int n = 0; n < 5000; n++) {
			StringBuilder header = new StringBuilder(random.nextBoolean() ? "bEaReR " : "");
			for (int length = random.nextInt(12), i = 0; i < length; i++) {
				header.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(outcome(this.ours, header.toString())).as("header [%s]", header)
				.isEqualTo(outcome(this.spring, header.toString()));
		}
	}

	/** What a resolver made of the request: a token, no token, or which error. */
	private static String outcome(BearerTokenResolver resolver, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
		if (authorization != null) {
			request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
		}
		try {
			String token = resolver.resolve(request);
			return (token != null) ? "token " + token : "no token";
		}
		catch (OAuth2AuthenticationException ex) {
			BearerTokenError error = (BearerTokenError) ex.getError();
			return String.join(" | ", "refused " + error.getErrorCode(), error.getDescription(),
					String.valueOf(error.getHttpStatus()), error.getUri(), error.getScope());
		}
	}

}

package org.shengshi.platform.common.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop-first rules give the same answers as the default rules of Spring Security's
 * servlet and WebFlux strict firewalls, which they stand in front of.
 */
class HeaderCharactersTest {

	private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9." + "a".repeat(900) + ".s-_ig+/=";

	private static final List<String> TRICKY = List.of("", " ", "Bearer " + TOKEN, "application/json", "a\tb", "\t",
			"a\u0000b", "\u001f", "\u007f", "~", "\u0080", "\u0085", "\u009f", "\u00a0", "é", "居民身份证", "\u0378",
			"\ud83d\ude00", "\ud83d", "\ude00x", "\ufffe", "\uffff", "a\nb", "a\rb", "\u2028", "\u2029",
			"x-forwarded-for", "X Y");

	/** Each firewall default and the loop-first rule standing in for it. */
	private static final Map<String, Predicate<String>[]> RULES = Map.of("servlet header names",
			pair(StrictHttpFirewall.ALLOWED_HEADER_NAMES, false), "servlet header values",
			pair(StrictHttpFirewall.ALLOWED_HEADER_VALUES, true), "servlet parameter names",
			pair(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, false), "webflux header names",
			pair(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES, false), "webflux header values",
			pair(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES, true));

	@SuppressWarnings("unchecked")
	private static Predicate<String>[] pair(Predicate<String> firewallDefault, boolean value) {
		return new Predicate[] { firewallDefault,
				value ? HeaderCharacters.values(firewallDefault) : HeaderCharacters.names(firewallDefault) };
	}

	@Test
	void trickyStringsAreDecidedAsByTheFirewallsDefaults() {
		RULES.forEach((rule, pair) -> {
			for (String text : TRICKY) {
				assertThat(pair[1].test(text)).as(rule + ": " + describe(text)).isEqualTo(pair[0].test(text));
			}
		});
	}

	@Test
	void randomStringsAreDecidedAsByTheFirewallsDefaults() {
		Random random = new Random(20261128);
		char[] alphabet = { 'a', 'Z', '0', ' ', '~', '\t', '\n', '\u0000', '\u007f', '\u0085', '\u00a0', '中', '\u0378',
				'\ud83d', '\ude00', '\u2028', '\uffff' };
		int accepted = 0;
		for (int i = 0; i < 10_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(8);
			for (int j = 0; j < length; j++) {
				// mostly printable ASCII, as real headers are, so both paths are taken
				text.append((random.nextInt(4) == 0) ? alphabet[random.nextInt(alphabet.length)]
						: (char) (0x20 + random.nextInt(0x5f)));
			}
			String candidate = text.toString();
			for (Map.Entry<String, Predicate<String>[]> rule : RULES.entrySet()) {
				boolean expected = rule.getValue()[0].test(candidate);
				assertThat(rule.getValue()[1].test(candidate)).as(rule.getKey() + ": " + describe(candidate))
					.isEqualTo(expected);
				accepted += expected ? 1 : 0;
			}
		}
		assertThat(accepted).as("both answers occur").isBetween(5_000, 45_000);
	}

	@Test
	void printableAsciiNeverReachesTheDefaultRuleAndEverythingElseDoes() {
		AtomicInteger asked = new AtomicInteger();
		Predicate<String> values = HeaderCharacters.values((text) -> asked.incrementAndGet() < 0);
		assertThat(values.test("Bearer " + TOKEN + "\t")).isTrue();
		assertThat(asked).hasValue(0);
		assertThat(values.test("é")).isFalse();
		assertThat(values.test(null)).isFalse();
		assertThat(asked).hasValue(2);
		assertThat(HeaderCharacters.names((text) -> false).test("a\tb")).isFalse();
	}

	private static String describe(String text) {
		List<String> codes = new ArrayList<>();
		text.chars().forEach((c) -> codes.add(Integer.toHexString(c)));
		return "chars " + codes;
	}

}

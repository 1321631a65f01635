package org.shengshi.certificate.presentation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PresentationTokenTest {

	private final PresentationTokenGenerator generator = new PresentationTokenGenerator();

	@Test
	void isThirtyTwoBase64UrlCharactersCarrying192RandomBits() {
		PresentationToken token = this.generator.next();
		assertThat(token.value()).hasSize(PresentationToken.LENGTH).matches("[A-Za-z0-9_-]{32}");
		assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(24);
	}

	@Test
	void neverRepeatsInTenThousandDraws() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(this.generator.next().value())).isTrue();
		}
	}

	@Test
	void encodesExactlyTheBytesDrawnFromTheRandomSource() throws Exception {
		SecureRandom first = SecureRandom.getInstance("SHA1PRNG");
		first.setSeed(42L);
		SecureRandom second = SecureRandom.getInstance("SHA1PRNG");
		second.setSeed(42L);
		byte[] expected = new byte[24];
		second.nextBytes(expected);
		assertThat(new PresentationTokenGenerator(first).next().value())
			.isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n\n", "' OR 1=1 --AAAAAAAAAAAAAAAAAAAAA" })
	void refusesAnythingThatIsNotAToken(String text) {
		assertThatExceptionOfType(InvalidPresentationTokenException.class)
			.isThrownBy(() -> PresentationToken.parse(text))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PRESENTATION_TOKEN_MALFORMED"))
			.withMessage("not a presentation token");
	}

	@Test
	void parsesWhatItGenerates() {
		PresentationToken token = this.generator.next();
		assertThat(PresentationToken.parse(token.value())).isEqualTo(token);
	}

	@Test
	void neverPrintsTheWholeTokenAndOffersAStableDigestForStorage() {
		PresentationToken token = PresentationToken.parse("abcdEFGH_-0123456789abcdefghijkl");
		assertThat(token.toString()).isEqualTo("PresentationToken[abcd…]").doesNotContain(token.value());
		assertThat(token.digest()).isEqualTo(PresentationToken.parse(token.value()).digest())
			.hasSize(43)
			.isNotEqualTo(this.generator.next().digest())
			.doesNotContain(token.value());
	}

}

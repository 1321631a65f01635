package org.shengshi.certificate.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnifiedSocialCreditCodeTest {

	@Test
	void acceptsTheCommonlyCitedExampleWhoseCheckCharacterIsComputedByHand() {
		// 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 with values
		// 9,1,3,5,0,1,0,0,21,0,0,0,1,0,0,30,4
		// weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
		// sum = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28
		// check = 31 - 28 = 3 -> '3'
		// organisation code M000100Y4: 22x3 + 1x5 + 34x2 = 139; 139 mod 11 = 7; 11 - 7 =
		// 4
		assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "11100000000013338W", "11430000006122244L", "113700000045046442",
			"11330105002500287C", "11100000000013661B", "11100000MB03271699",
			// demo authorities seeded in certificate-types/
			"111000000000190198", "1144010000002001XN", "11440100000020028N" })
	void acceptsRealFormatCodes(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
		assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
	}

	@Test
	void detectsEverySingleCharacterSubstitution() {
		String valid = "91350100M000100Y43";
		for (int i = 0; i < valid.length(); i++) {
			for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
				if (c != valid.charAt(i)) {
					String corrupted = valid.substring(0, i) + c + valid.substring(i + 1);
					assertThat(UnifiedSocialCreditCode.isValid(corrupted)).as(corrupted).isFalse();
				}
			}
		}
	}

	@Test
	void detectsAdjacentTranspositionsInTheWeightedPart() {
		String valid = "11430000006122244L";
		for (int i = 0; i + 1 < 17; i++) {
			if (valid.charAt(i) != valid.charAt(i + 1)) {
				String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
				assertThat(UnifiedSocialCreditCode.isValid(swapped)).as(swapped).isFalse();
			}
		}
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "91350100m000100y43" })
	void rejectsWrongLengthAndLowerCase(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V' })
	void rejectsTheFiveExcludedLetters(char letter) {
		String code = "91350100M000100Y4" + letter;
		assertThat(UnifiedSocialCreditCode.problem(code)).hasValueSatisfying(
				(problem) -> assertThat(problem).contains("character 18 is not in the GB 32100 alphabet"));
	}

	@Test
	void explainsARegistrationAuthorityOrRegionThatCannotExist() {
		String badAuthority = "B1350100M000100Y4";
		assertThat(UnifiedSocialCreditCode.problem(badAuthority + UnifiedSocialCreditCode.checkCharacter(badAuthority)))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("registration authority"));
		String badRegion = "9135A100M000100Y4";
		assertThat(UnifiedSocialCreditCode.problem(badRegion + UnifiedSocialCreditCode.checkCharacter(badRegion)))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("region"));
	}

	@Test
	void rejectsACodeWhoseEmbeddedOrganisationCodeCheckIsWrongEvenWithAMatchingCheckCharacter() {
		String body = "91350100M000100Y5";
		String code = body + UnifiedSocialCreditCode.checkCharacter(body);
		assertThat(UnifiedSocialCreditCode.problem(code))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("GB 11714"));
	}

	@Test
	void throwsWithAStableCodeWhenConstructedFromAnInvalidValue() {
		assertThatExceptionOfType(InvalidIdentifierException.class)
			.isThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y42"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CREDIT_CODE_INVALID"))
			.withMessageContaining("check character");
	}

	@Test
	void exposesRegionAndOrganisationCode() {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91350100M000100Y43");
		assertThat(code.regionCode()).isEqualTo("350100");
		assertThat(code.organizationCode()).isEqualTo("M000100Y4");
	}

}

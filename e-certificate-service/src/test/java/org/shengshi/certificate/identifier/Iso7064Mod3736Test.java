package org.shengshi.certificate.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Iso7064Mod3736Test {

	private static final String SAMPLE = "1110000000001901980011144010000002001XN2025000001001";

	@Test
	void computesTheCheckCharacterOfAShortStringAsWorkedByHand() {
		// P0 = 36
		// 'A' = 10: (36 + 10) mod 36 = 10; 2 x 10 mod 37 = 20
		// '1' = 1: (20 + 1) mod 36 = 21; 2 x 21 mod 37 = 5
		// check = (37 - 5) mod 36 = 32 -> 'W'
		assertThat(Iso7064Mod3736.checkCharacter("A1")).isEqualTo('W');
		// 'A' -> 20; 'B' = 11: 31 -> 25; 'C' = 12: 37 mod 36 = 1 -> 2; '1': 3 -> 6;
		// '2': 8 -> 16; '3': 19 -> 38 mod 37 = 1; check = (37 - 1) mod 36 = 0 -> '0'
		assertThat(Iso7064Mod3736.checkCharacter("ABC123")).isEqualTo('0');
	}

	@ParameterizedTest
	@CsvSource({ "A12425GABC1234002, M", "B159D8FA01240000, K", "188166C734200000, 3" })
	void agreesWithPublishedMod3736Examples(String data, char check) {
		// ISAN-style examples used as reference values by public ISO 7064 implementations
		assertThat(Iso7064Mod3736.checkCharacter(data)).isEqualTo(check);
		assertThat(Iso7064Mod3736.isValid(data + check)).isTrue();
	}

	@Test
	void detectsEverySingleSubstitution() {
		String valid = SAMPLE + Iso7064Mod3736.checkCharacter(SAMPLE);
		int checked = 0;
		for (int i = 0; i < valid.length(); i++) {
			for (char c : Iso7064Mod3736.ALPHABET.toCharArray()) {
				if (c != valid.charAt(i)) {
					String corrupted = valid.substring(0, i) + c + valid.substring(i + 1);
					assertThat(Iso7064Mod3736.isValid(corrupted)).as(corrupted).isFalse();
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(valid.length() * 35);
	}

	@Test
	void detectsEveryAdjacentTransposition() {
		String valid = SAMPLE + Iso7064Mod3736.checkCharacter(SAMPLE);
		int checked = 0;
		for (int i = 0; i + 1 < valid.length(); i++) {
			if (valid.charAt(i) != valid.charAt(i + 1)) {
				String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
				assertThat(Iso7064Mod3736.isValid(swapped)).as(swapped).isFalse();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void refusesCharactersOutsideTheAlphabet() {
		assertThatIllegalArgumentException().isThrownBy(() -> Iso7064Mod3736.checkCharacter("ab"));
		assertThatIllegalArgumentException().isThrownBy(() -> Iso7064Mod3736.checkCharacter(""));
		assertThat(Iso7064Mod3736.isValid("A1w")).isFalse();
		assertThat(Iso7064Mod3736.isValid("W")).isFalse();
	}

}

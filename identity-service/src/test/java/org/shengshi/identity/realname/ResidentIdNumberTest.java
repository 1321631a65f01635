package org.shengshi.identity.realname;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void computesTheMod112CheckCharacterOfThePublishedExample() {
		// GB 11643-1999 appendix example: 11010519491231002X
		assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ResidentIdNumber.check("11010519491231002X", TODAY)).isEmpty();
	}

	@Test
	void acceptsAGuangzhouNumberAndExposesItsParts() {
		// 440106 1990-03-07, sequence 123; weighted sum 242, 242 mod 11 = 0 -> '1'
		String number = "440106199003071231";
		assertThat(ResidentIdNumber.checkCharacter(number.substring(0, 17))).isEqualTo('1');
		ResidentIdNumber id = new ResidentIdNumber(number);
		assertThat(id.regionCode()).isEqualTo("440106");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
		assertThat(id.isMale()).isTrue();
	}

	@Test
	void acceptsALowerCaseXAndNormalisesIt() {
		assertThat(new ResidentIdNumber(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void masksItselfWhenPrinted() {
		assertThat(new ResidentIdNumber("440106199003071231")).hasToString("440***********1231");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "44010619900307123", "4401061990030712310", "44010619900307123A", "44010619900307X232",
			"４４０１０６１９９００３０７１２３２" })
	void refusesMalformedNumbers(String candidate) {
		assertThat(ResidentIdNumber.check(candidate, TODAY)).contains(ResidentIdNumber.Problem.MALFORMED);
	}

	@Test
	void refusesUnknownProvinceCodes() {
		String body = "99010619900307123";
		assertThat(ResidentIdNumber.check(body + ResidentIdNumber.checkCharacter(body), TODAY))
			.contains(ResidentIdNumber.Problem.UNKNOWN_REGION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "44010619900230123", "44010618991231123", "44010620270101123", "44010619901301123" })
	void refusesImpossibleOrFutureBirthDates(String first17) {
		String candidate = first17 + ResidentIdNumber.checkCharacter(first17);
		assertThat(ResidentIdNumber.check(candidate, TODAY)).contains(ResidentIdNumber.Problem.INVALID_BIRTH_DATE);
	}

	@Test
	void detectsEverySingleDigitTypoInTheSequenceAndCheckPart() {
		String valid = "440106199003071231";
		for (int position = 14; position < 18; position++) {
			for (char digit = '0'; digit <= '9'; digit++) {
				if (digit == valid.charAt(position)) {
					continue;
				}
				String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
				assertThat(ResidentIdNumber.check(typo, TODAY)).as(typo)
					.contains(ResidentIdNumber.Problem.WRONG_CHECK_DIGIT);
			}
		}
	}

	@Test
	void throwsWithoutRevealingTheNumber() {
		assertThatThrownBy(() -> new ResidentIdNumber("440106199003071232"))
			.isInstanceOf(InvalidIdNumberException.class)
			.hasMessageNotContaining("440106199003071232")
			.satisfies((ex) -> assertThat(((InvalidIdNumberException) ex).problem())
				.isEqualTo(ResidentIdNumber.Problem.WRONG_CHECK_DIGIT));
	}

}

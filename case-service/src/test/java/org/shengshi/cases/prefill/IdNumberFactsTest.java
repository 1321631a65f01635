package org.shengshi.cases.prefill;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberFactsTest {

	@Test
	void theSeventeenthDigitGivesTheSexAndDigitsSevenToFourteenTheBirthDate() {
		assertThat(IdNumberFacts.gender("440106199003070036")).isEqualTo("男");
		assertThat(IdNumberFacts.gender("440106198506150041")).isEqualTo("女");
		assertThat(IdNumberFacts.birthDate("440106198506150041")).isEqualTo("1985-06-15");
		assertThat(IdNumberFacts.birthDate("11010519491231002X")).isEqualTo("1949-12-31");
	}

	@Test
	void anythingButAnEighteenCharacterNumberStatesNothing() {
		assertThat(IdNumberFacts.gender(null)).isNull();
		assertThat(IdNumberFacts.gender("4401061990030700")).isNull();
		assertThat(IdNumberFacts.birthDate("44010619900307003A")).isNull();
	}

}

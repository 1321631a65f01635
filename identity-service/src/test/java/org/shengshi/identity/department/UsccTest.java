package org.shengshi.identity.department;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsccTest {

	@Test
	void seededCodesAreValid() {
		assertThat(Uscc.isValid("114401000074822121")).isTrue();
		assertThat(Uscc.isValid("11440106007479534U")).isTrue();
	}

	@Test
	void wrongCheckCharacterIsInvalid() {
		assertThat(Uscc.isValid("114401000074822122")).isFalse();
	}

	@Test
	void lettersOutsideTheAlphabetAndWrongLengthsAreInvalid() {
		assertThat(Uscc.isValid("1144010000748221I1")).isFalse();
		assertThat(Uscc.isValid("11440100007482212")).isFalse();
		assertThat(Uscc.isValid(null)).isFalse();
	}

}

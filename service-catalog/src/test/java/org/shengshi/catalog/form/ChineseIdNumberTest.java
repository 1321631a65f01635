package org.shengshi.catalog.form;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseIdNumberTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440106199003071231", "440106202401010017" })
	void acceptsWellFormedNumbers(String number) {
		assertThat(ChineseIdNumber.isValid(number, TODAY)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", "11010519491231002x", "44010619900307123", "990106199003071231",
			"440106199013071231", "440106203001010017", "440106180001010017", "ABCDEFGHIJKLMNOPQR" })
	void rejectsBadChecksumsDatesRegionsAndShapes(String number) {
		assertThat(ChineseIdNumber.isValid(number, TODAY)).isFalse();
	}

	@Test
	void computesTheCheckCharacter() {
		assertThat(ChineseIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ChineseIdNumber.checkCharacter("44010619900307123")).isEqualTo('1');
	}

}

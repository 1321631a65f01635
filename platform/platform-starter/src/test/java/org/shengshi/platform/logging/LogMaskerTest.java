package org.shengshi.platform.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogMaskerTest {

	@Test
	void idNumberInTextIsMasked() {
		assertThat(LogMasker.mask("verifying 440106199001011234 against registry"))
			.isEqualTo("verifying 440***********1234 against registry");
		assertThat(LogMasker.mask("id=44010619900101123X,")).isEqualTo("id=440***********123X,");
		assertThat(LogMasker.mask("id=44010619900101123x")).isEqualTo("id=440***********123x");
	}

	@Test
	void mobileNumberInTextIsMasked() {
		assertThat(LogMasker.mask("sms to 13812345678 sent")).isEqualTo("sms to 138****5678 sent");
		assertThat(LogMasker.mask("phone:+8613812345678")).isEqualTo("phone:+86138****5678");
		assertThat(LogMasker.mask("电话19912345678。")).isEqualTo("电话199****5678。");
	}

	@Test
	void severalValuesInOneLineAreAllMasked() {
		assertThat(LogMasker.mask("a=13812345678 b=440106199001011234 c=15900001111"))
			.isEqualTo("a=138****5678 b=440***********1234 c=159****1111");
	}

	@Test
	void numbersThatAreNotPersonalDataStay() {
		assertThat(LogMasker.mask("took 1234 ms, order 12345678901234567890"))
			.isEqualTo("took 1234 ms, order 12345678901234567890");
		assertThat(LogMasker.mask("not a mobile 12812345678")).isEqualTo("not a mobile 12812345678");
		assertThat(LogMasker.mask("138123456789")).isEqualTo("138123456789");
	}

	@Test
	void nullStaysNull() {
		assertThat(LogMasker.mask(null)).isNull();
	}

}

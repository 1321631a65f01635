package org.shengshi.identity.department;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelTest {

	@Test
	void levelIsReadFromTheRegionCode() {
		assertThat(Level.of("440000")).isEqualTo(Level.PROVINCE);
		assertThat(Level.of("440100")).isEqualTo(Level.CITY);
		assertThat(Level.of("440106")).isEqualTo(Level.DISTRICT);
	}

	@Test
	void cityFitsOnlyUnderItsOwnProvince() {
		assertThat(Level.CITY.fitsUnder(Level.PROVINCE, "440000", "440300")).isTrue();
		assertThat(Level.CITY.fitsUnder(Level.PROVINCE, "450000", "440300")).isFalse();
		assertThat(Level.CITY.fitsUnder(Level.CITY, "440100", "440300")).isFalse();
	}

	@Test
	void districtFitsOnlyUnderItsOwnCityAndProvinceUnderNothing() {
		assertThat(Level.DISTRICT.fitsUnder(Level.CITY, "440100", "440106")).isTrue();
		assertThat(Level.DISTRICT.fitsUnder(Level.CITY, "440300", "440106")).isFalse();
		assertThat(Level.DISTRICT.fitsUnder(Level.PROVINCE, "440000", "440106")).isFalse();
		assertThat(Level.PROVINCE.fitsUnder(Level.PROVINCE, "440000", "450000")).isFalse();
	}

}

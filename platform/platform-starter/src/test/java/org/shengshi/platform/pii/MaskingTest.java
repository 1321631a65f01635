package org.shengshi.platform.pii;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void idNumberKeepsFirstThreeAndLastFour() {
		assertThat(Masking.idNumber("440106199001011234")).isEqualTo("440***********1234");
		assertThat(Masking.idNumber("44010619900101123X")).isEqualTo("440***********123X");
	}

	@Test
	void phoneKeepsFirstThreeAndLastFour() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void tooShortValuesAreMaskedEntirely() {
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
		assertThat(Masking.idNumber("")).isEmpty();
	}

	@Test
	void nullStaysNull() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.name(null)).isNull();
		assertThat(Masking.address(null)).isNull();
	}

	@Test
	void nameKeepsTheSurname() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("王小明")).isEqualTo("王**");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳**");
		assertThat(Masking.name("欧阳锋")).isEqualTo("欧阳*");
		assertThat(Masking.name("李")).isEqualTo("*");
	}

	@Test
	void compoundSurnameOfATwoCharacterNameStillHidesTheGivenName() {
		assertThat(Masking.name("欧阳")).isEqualTo("欧*");
	}

	@Test
	void addressKeepsUpToTheDistrict() {
		assertThat(Masking.address("广东省广州市天河区体育西路191号")).isEqualTo("广东省广州市天河区****");
		assertThat(Masking.address("北京市朝阳区建国路88号")).isEqualTo("北京市朝阳区****");
		assertThat(Masking.address("广东省惠州市博罗县罗阳街道")).isEqualTo("广东省惠州市博罗县****");
	}

	@Test
	void autonomousRegionIsNotMistakenForADistrict() {
		assertThat(Masking.address("新疆维吾尔自治区乌鲁木齐市天山区解放北路1号")).isEqualTo("新疆维吾尔自治区乌鲁木齐市天山区****");
		assertThat(Masking.address("香港特别行政区九龙城区太子道")).isEqualTo("香港特别行政区九龙城区****");
	}

	@Test
	void addressWithoutDistrictKeepsUpToTheCity() {
		assertThat(Masking.address("广东省东莞市南城街道鸿福路1号")).isEqualTo("广东省东莞市****");
		assertThat(Masking.address("某地某路1号")).isEqualTo("某地****");
	}

	@Test
	void addressThatIsOnlyADistrictIsShownAsIs() {
		assertThat(Masking.address("广州市天河区")).isEqualTo("广州市天河区");
	}

}

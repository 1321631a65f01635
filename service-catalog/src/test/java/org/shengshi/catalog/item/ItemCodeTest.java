package org.shengshi.catalog.item;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ItemCodeTest {

	@ParameterizedTest
	@CsvSource({ "QR00103001, ADMINISTRATIVE_CONFIRMATION, 103, 1", "XK-00801-000, ADMINISTRATIVE_LICENSING, 801, 0",
			"gg00514000, PUBLIC_SERVICE, 514, 0", " JF99999999 , ADMINISTRATIVE_BENEFIT, 99999, 999",
			"BA00806000, ADMINISTRATIVE_FILING, 806, 0" })
	void parsesTypeMainAndSubItem(String text, ItemType type, int main, int sub) {
		ItemCode code = ItemCode.of(text);
		assertThat(code.type()).isEqualTo(type);
		assertThat(code.mainItem()).isEqualTo(main);
		assertThat(code.subItem()).isEqualTo(sub);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "QR0010300", "QR001030011", "ZZ00103001", "QR00000001", "Q100103001", "QR-0010-3001",
			"QR00103 001", "QR0010300X", "行政00103001" })
	void rejectsMalformedCodes(String text) {
		assertThat(ItemCode.parse(text)).isEmpty();
		assertThat(ItemCode.isValid(text)).isFalse();
	}

	@Test
	void rejectsNull() {
		assertThat(ItemCode.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> ItemCode.of(null));
	}

	@Test
	void printsCanonicalFormWithoutSeparators() {
		assertThat(ItemCode.of("xk-00201-002")).hasToString("XK00201002");
		assertThat(new ItemCode(ItemType.OTHER_ADMINISTRATIVE_POWER, 7, 3)).hasToString("QT00007003");
	}

	@Test
	void knowsItsMainItem() {
		ItemCode sub = ItemCode.of("QR00103003");
		assertThat(sub.isSubItem()).isTrue();
		assertThat(sub.mainItemCode()).hasToString("QR00103000");
		assertThat(sub.mainItemCode().isSubItem()).isFalse();
	}

	@Test
	void everyTypeHasADistinctTwoLetterCode() {
		assertThat(ItemType.values()).extracting(ItemType::code)
			.doesNotHaveDuplicates()
			.allMatch((c) -> c.matches("[A-Z]{2}"));
		assertThat(ItemType.fromCode("XK")).contains(ItemType.ADMINISTRATIVE_LICENSING);
		assertThat(ItemType.fromCode("GG")).contains(ItemType.PUBLIC_SERVICE);
	}

	@Test
	void constructorRejectsOutOfRangeParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemCode(ItemType.PUBLIC_SERVICE, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemCode(ItemType.PUBLIC_SERVICE, 100_000, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemCode(ItemType.PUBLIC_SERVICE, 1, 1000));
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemCode(null, 1, 0));
	}

}

package org.shengshi.cases.casenumber;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CaseNumberTest {

	@Test
	void formatsWithASixDigitSequence() {
		assertThat(new CaseNumber("440100", LocalDate.of(2025, 3, 1), 42)).hasToString("440100-20250301-000042");
		assertThat(new CaseNumber("110101", LocalDate.of(2026, 12, 31), 1_234_567))
			.hasToString("110101-20261231-1234567");
	}

	@Test
	void parsesWhatItFormats() {
		CaseNumber number = CaseNumber.parse("440100-20250301-000042");
		assertThat(number.regionCode()).isEqualTo("440100");
		assertThat(number.date()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(number.sequence()).isEqualTo(42);
		assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
		assertThat(CaseNumber.parse("440100-20240229-999999999").sequence()).isEqualTo(999_999_999L);
	}

	@Test
	void datesTheNumberInShanghai() {
		// 16:30 UTC on 01-27 is already 00:30 on 01-28 in Shanghai
		CaseNumber number = CaseNumber.issue("440100", Instant.parse("2025-01-27T16:30:00Z"), 7);
		assertThat(number).hasToString("440100-20250128-000007");
		assertThat(CaseNumber.issue("440100", Instant.parse("2025-01-27T15:59:59Z"), 7))
			.hasToString("440100-20250127-000007");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "440100-20250230-000001", // no 30 February
			"440100-20250229-000001", // 2025 is no leap year
			"440100-20251301-000001", "440100-2025031-000001", "44010-20250301-000001", "440100-20250301-00001",
			"440100-20250301-0000001", // leading zero beyond six digits
			"440100-20250301-000000", "440100-20250301-1234567890", "000000-20250301-000001", // no
																								// province
			"990100-20250301-000001", "440100-19991231-000001", "440100/20250301/000001", "４４0100-20250301-000001",
			" 440100-20250301-000001", "440100-20250301-000001\n", "440100-20250301-00004a" })
	void refusesMalformedNumbers(String text) {
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(() -> CaseNumber.parse(text))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(CaseErrorCode.CASE_NUMBER_INVALID));
	}

	@Test
	void refusesInvalidParts() {
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> new CaseNumber("4401", LocalDate.of(2025, 3, 1), 1));
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> new CaseNumber("440100", LocalDate.of(2025, 3, 1), 0));
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(() -> new CaseNumber("440100", null, 1));
	}

}

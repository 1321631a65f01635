package org.shengshi.payment.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FenTest {

	@ParameterizedTest
	@CsvSource({ "0.01,1", "0.1,10", "1,100", "12.30,1230", "88.88,8888", "0,0", "99999999.99,9999999999", "0.29,29",
			"1.15,115" })
	void yuanConvertsExactlyToFen(String yuan, long fen) {
		assertThat(Fen.parseYuan(yuan).value()).isEqualTo(fen);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.01", "0.001", "1.234", "1e2", "01.00", " 1.00", "1,00", "", "1.", ".5", "NaN", "+1" })
	void malformedOrOverPreciseYuanIsRefused(String yuan) {
		assertThatIllegalArgumentException().isThrownBy(() -> Fen.parseYuan(yuan));
	}

	@ParameterizedTest
	@CsvSource({ "1,0.01", "10,0.10", "1230,12.30", "0,0.00", "9999999999,99999999.99" })
	void fenPrintsAsYuanWithTwoDecimals(long fen, String yuan) {
		assertThat(Fen.of(fen).toYuan()).isEqualTo(yuan);
	}

	@Test
	void roundTripsEveryAmountUpToTenThousandFen() {
		for (long fen = 0; fen <= 10_000; fen++) {
			assertThat(Fen.parseYuan(Fen.of(fen).toYuan()).value()).isEqualTo(fen);
		}
	}

	@Test
	void negativeAmountsDoNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fen.of(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> Fen.of(5).minus(Fen.of(6)));
		assertThat(Fen.of(6).minus(Fen.of(5))).isEqualTo(Fen.of(1));
	}

	@Test
	void unionPayFenStringsParse() {
		assertThat(Fen.parseFen("000000001234")).isEqualTo(Fen.of(1234));
		assertThatIllegalArgumentException().isThrownBy(() -> Fen.parseFen("12.34"));
		assertThatIllegalArgumentException().isThrownBy(() -> Fen.parseFen("-1"));
	}

}

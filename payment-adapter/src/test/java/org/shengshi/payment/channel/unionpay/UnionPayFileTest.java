package org.shengshi.payment.channel.unionpay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.UnionPaySandbox;
import org.shengshi.payment.testsupport.UnionPaySandbox.ZmRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnionPayFileTest {

	private static final String MER_ID = UnionPaySandbox.MER_ID;

	@Test
	void aTransactionOnNewYearsEveIsDatedInTheOldYearOnTheFirstSettlementDayOfTheNew() {
		Instant newYearsEve = Instant.parse("2024-12-31T15:30:00Z"); // 23:30 Beijing time
		LocalDate settleDate = LocalDate.of(2025, 1, 1);

		Statement statement = UnionPayFile.parse(
				UnionPaySandbox.fileContent(settleDate, List.of(ZmRow.payment("T1", Fen.of(88), newYearsEve))),
				settleDate, MER_ID);

		assertThat(statement.lines()).singleElement()
			.extracting(StatementLine::time, StatementLine::amount)
			.containsExactly(newYearsEve, Fen.of(88));
		assertThat(statement.covers(newYearsEve)).isTrue();
		assertThat(statement.from()).isEqualTo(Instant.parse("2024-12-31T15:00:00Z"));
		assertThat(statement.to()).isEqualTo(Instant.parse("2025-01-01T15:00:00Z"));
	}

	@Test
	void anEmptyZmFileIsAnEmptyDay() {
		LocalDate day = LocalDate.of(2025, 5, 5);

		assertThat(UnionPayFile.parse(UnionPaySandbox.fileContent(day, List.of()), day, MER_ID).lines()).isEmpty();
	}

	@Test
	void aLineOfAnotherMerchantRefusesTheWholeFile() {
		LocalDate day = LocalDate.of(2025, 5, 5);
		String content = UnionPaySandbox.fileContent(day, List.of(ZmRow.payment("T1", Fen.of(1), Instant.now())));

		assertThatThrownBy(() -> UnionPayFile.parse(content, day, "898000000000001"))
			.isInstanceOf(MalformedMessageException.class);
	}

	@Test
	void fileContentThatIsNotBase64DeflatedZipIsMalformed() {
		LocalDate day = LocalDate.of(2025, 5, 5);

		assertThatThrownBy(() -> UnionPayFile.parse("not base64!", day, MER_ID))
			.isInstanceOf(MalformedMessageException.class);
		assertThatThrownBy(() -> UnionPayFile.parse(java.util.Base64.getEncoder().encodeToString(new byte[] { 1, 2 }),
				day, MER_ID))
			.isInstanceOf(MalformedMessageException.class);
	}

}

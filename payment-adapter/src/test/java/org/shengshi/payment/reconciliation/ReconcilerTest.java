package org.shengshi.payment.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.wechat.WechatBill;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderStatus;
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.BillRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A seeded day: 40 clean payments and 5 clean refunds, plus one planted discrepancy of
 * each kind. All planted ones must be found, nothing else reported.
 */
class ReconcilerTest {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

	/** 2024-03-01 10:00 in Beijing. */
	private static final Instant MORNING = Instant.parse("2024-03-01T02:00:00Z");

	private final List<BillRow> bill = new ArrayList<>();

	private final List<LedgerPayment> payments = new ArrayList<>();

	private final List<LedgerRefund> refunds = new ArrayList<>();

	private void cleanDay() {
		for (int i = 1; i <= 40; i++) {
			Instant at = MORNING.plusSeconds(i * 60L);
			Fen amount = Fen.of(1000 + i);
			this.bill.add(BillRow.payment("OK" + i, amount, at));
			this.payments.add(new LedgerPayment("OK" + i,
					i <= 5 ? OrderStatus.PARTIALLY_REFUNDED : OrderStatus.SUCCEEDED, amount, at));
		}
		for (int i = 1; i <= 5; i++) {
			Instant at = MORNING.plusSeconds(3600 + i * 60L);
			this.bill.add(BillRow.refund("OK" + i, "ROK" + i, Fen.of(100), at));
			this.refunds.add(new LedgerRefund("ROK" + i, "OK" + i, Fen.of(100), true, at));
		}
	}

	private ReconciliationReport reconcile() {
		// through the real bill format, so the parser is part of what is checked
		Statement statement = WechatBill.parse(WechatPaySandbox.bill(this.bill), DAY);
		return Reconciler.reconcile(statement, this.payments, this.refunds);
	}

	@Test
	void aCleanDayBalances() {
		cleanDay();

		ReconciliationReport report = reconcile();

		assertThat(report.isBalanced()).isTrue();
		assertThat(report.statementLines()).isEqualTo(45);
		assertThat(report.matched()).isEqualTo(45);
	}

	@Test
	void everyPlantedDiscrepancyIsFoundAndNoneInvented() {
		cleanDay();
		Instant noon = MORNING.plusSeconds(7200);
		// 长款, auto-repairable: paid at the channel, pending here
		this.bill.add(BillRow.payment("PEND", Fen.of(5000), noon));
		this.payments.add(new LedgerPayment("PEND", OrderStatus.PENDING, Fen.of(5000), null));
		// 长款: paid at the channel, created here (pre-order answer lost)
		this.bill.add(BillRow.payment("CREA", Fen.of(800), noon));
		this.payments.add(new LedgerPayment("CREA", OrderStatus.CREATED, Fen.of(800), null));
		// 长款: paid at the channel, unknown here
		this.bill.add(BillRow.payment("GHOST", Fen.of(700), noon));
		// 长款: paid at the channel, closed here
		this.bill.add(BillRow.payment("LATE", Fen.of(600), noon));
		this.payments.add(new LedgerPayment("LATE", OrderStatus.CLOSED, Fen.of(600), null));
		// 长款: paid twice on the statement
		this.bill.add(BillRow.payment("OK7", Fen.of(1007), noon));
		// 短款: paid here today, absent at the channel
		this.payments.add(new LedgerPayment("SHORT", OrderStatus.SUCCEEDED, Fen.of(900), noon));
		// 金额不符: both sides paid, amounts differ
		this.bill.add(BillRow.payment("AMT", Fen.of(1001), noon));
		this.payments.add(new LedgerPayment("AMT", OrderStatus.SUCCEEDED, Fen.of(1000), noon));
		// 单边账: refunded at the channel, unknown here
		this.bill.add(BillRow.refund("OK10", "RGHOST", Fen.of(50), noon));
		// 单边账: refunded at the channel, still pending here
		this.bill.add(BillRow.refund("OK11", "RPEND", Fen.of(60), noon));
		this.refunds.add(new LedgerRefund("RPEND", "OK11", Fen.of(60), false, null));
		// 单边账: refund succeeded here today, absent at the channel
		this.refunds.add(new LedgerRefund("RSHORT", "OK12", Fen.of(70), true, noon));
		// 金额不符 on a refund
		this.bill.add(BillRow.refund("OK13", "RAMT", Fen.of(81), noon));
		this.refunds.add(new LedgerRefund("RAMT", "OK13", Fen.of(80), true, noon));
		// not discrepancies: paid here on another day and absent from today's statement;
		// a
		// payment the channel booked at 23:59:59 today that we record for today as well
		this.payments.add(new LedgerPayment("YESTERDAY", OrderStatus.SUCCEEDED, Fen.of(100),
				Instant.parse("2024-02-29T15:59:59Z")));
		this.payments.add(new LedgerPayment("PENDING-ONLY", OrderStatus.PENDING, Fen.of(100), null));
		Instant lastSecond = Instant.parse("2024-03-01T15:59:59Z");
		this.bill.add(BillRow.payment("MIDNIGHT", Fen.of(300), lastSecond));
		this.payments.add(new LedgerPayment("MIDNIGHT", OrderStatus.SUCCEEDED, Fen.of(300), lastSecond));

		ReconciliationReport report = reconcile();

		assertThat(report.discrepancies())
			.extracting(Discrepancy::type, Discrepancy::outTradeNo, Discrepancy::outRefundNo)
			.containsExactlyInAnyOrder(tuple(DiscrepancyType.CHANNEL_PAID_LOCAL_PENDING, "PEND", null),
					tuple(DiscrepancyType.CHANNEL_PAID_LOCAL_PENDING, "CREA", null),
					tuple(DiscrepancyType.CHANNEL_PAID_LOCAL_MISSING, "GHOST", null),
					tuple(DiscrepancyType.CHANNEL_PAID_LOCAL_CLOSED, "LATE", null),
					tuple(DiscrepancyType.DUPLICATE_CHANNEL_PAYMENT, "OK7", null),
					tuple(DiscrepancyType.LOCAL_PAID_CHANNEL_MISSING, "SHORT", null),
					tuple(DiscrepancyType.PAYMENT_AMOUNT_MISMATCH, "AMT", null),
					tuple(DiscrepancyType.CHANNEL_REFUND_LOCAL_MISSING, "OK10", "RGHOST"),
					tuple(DiscrepancyType.CHANNEL_REFUND_LOCAL_NOT_SUCCEEDED, "OK11", "RPEND"),
					tuple(DiscrepancyType.LOCAL_REFUND_CHANNEL_MISSING, "OK12", "RSHORT"),
					tuple(DiscrepancyType.REFUND_AMOUNT_MISMATCH, "OK13", "RAMT"));
		assertThat(report.autoRepairable()).extracting(Discrepancy::outTradeNo)
			.containsExactlyInAnyOrder("PEND", "CREA");
		assertThat(report.count(DiscrepancyCategory.LONG)).isEqualTo(5);
		assertThat(report.count(DiscrepancyCategory.SHORT)).isEqualTo(1);
		assertThat(report.count(DiscrepancyCategory.ONE_SIDED)).isEqualTo(3);
		assertThat(report.count(DiscrepancyCategory.AMOUNT_MISMATCH)).isEqualTo(2);
		assertThat(report.matched()).isEqualTo(46);
		assertThat(report.statementLines()).isEqualTo(46 + 9);
	}

	@Test
	void aPendingOrderPaidWithAnotherAmountIsNeverAutoRepaired() {
		Statement statement = new Statement(ChannelId.WECHAT, DAY,
				List.of(new StatementLine(StatementLine.Type.PAYMENT, "P", "420", null, Fen.of(4999), MORNING)));

		ReconciliationReport report = Reconciler.reconcile(statement,
				List.of(new LedgerPayment("P", OrderStatus.PENDING, Fen.of(5000), null)), List.of());

		assertThat(report.discrepancies()).singleElement().satisfies((d) -> {
			assertThat(d.type()).isEqualTo(DiscrepancyType.PAYMENT_AMOUNT_MISMATCH);
			assertThat(d.autoRepairable()).isFalse();
			assertThat(d.channelAmount()).isEqualTo(Fen.of(4999));
			assertThat(d.localAmount()).isEqualTo(Fen.of(5000));
		});
	}

	@Test
	void categoriesCarryTheirChineseTerms() {
		assertThat(DiscrepancyCategory.LONG.label()).isEqualTo("长款");
		assertThat(DiscrepancyCategory.SHORT.label()).isEqualTo("短款");
		assertThat(DiscrepancyCategory.ONE_SIDED.label()).isEqualTo("单边账");
		assertThat(DiscrepancyType.CHANNEL_PAID_LOCAL_PENDING.autoRepairable()).isTrue();
		assertThat(List.of(DiscrepancyType.values()).stream().filter(DiscrepancyType::autoRepairable)).hasSize(1);
	}

}

package org.shengshi.payment.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.order.OrderStatus;

/**
 * Compares a day's channel statement with the ledger. Pure: no I/O, same input, same
 * report.
 *
 * <p>
 * The caller passes (1) every local order and refund that succeeded on the statement day,
 * and (2) every local order and refund named by a statement line, whatever its day. With
 * both, a payment booked around the statement's cut-off (midnight Beijing time for WeChat
 * Pay and Alipay, 23:00 the evening before for UnionPay: {@link Statement#covers}) is
 * matched on the day the channel booked it and never reported twice, and a local record
 * outside the day that the statement does not mention is left to its own day's run.
 */
public final class Reconciler {

	private Reconciler() {
	}

	public static ReconciliationReport reconcile(Statement statement, Collection<LedgerPayment> payments,
			Collection<LedgerRefund> refunds) {
		Map<String, LedgerPayment> localPayments = index(payments, LedgerPayment::outTradeNo);
		Map<String, LedgerRefund> localRefunds = index(refunds, LedgerRefund::outRefundNo);
		List<Discrepancy> found = new ArrayList<>();
		Set<String> paidOnStatement = new HashSet<>();
		Set<String> refundedOnStatement = new HashSet<>();
		int matched = 0;
		for (StatementLine line : statement.lines()) {
			Discrepancy discrepancy;
			if (line.type() == StatementLine.Type.PAYMENT) {
				boolean duplicate = !paidOnStatement.add(line.outTradeNo());
				discrepancy = duplicate ? payment(DiscrepancyType.DUPLICATE_CHANNEL_PAYMENT, line, null)
						: comparePayment(line, localPayments.get(line.outTradeNo()));
			}
			else {
				boolean duplicate = !refundedOnStatement.add(line.outRefundNo());
				discrepancy = duplicate ? refund(DiscrepancyType.DUPLICATE_CHANNEL_REFUND, line, null)
						: compareRefund(line, localRefunds.get(line.outRefundNo()));
			}
			if (discrepancy == null) {
				matched++;
			}
			else {
				found.add(discrepancy);
			}
		}
		LocalDate day = statement.date();
		for (LedgerPayment local : localPayments.values()) {
			if (local.status().isPaid() && statement.covers(local.paidAt())
					&& !paidOnStatement.contains(local.outTradeNo())) {
				found.add(new Discrepancy(DiscrepancyType.LOCAL_PAID_CHANNEL_MISSING, local.outTradeNo(), null, null,
						local.amount(), local.status(), null));
			}
		}
		for (LedgerRefund local : localRefunds.values()) {
			if (local.succeeded() && statement.covers(local.succeededAt())
					&& !refundedOnStatement.contains(local.outRefundNo())) {
				found.add(new Discrepancy(DiscrepancyType.LOCAL_REFUND_CHANNEL_MISSING, local.outTradeNo(),
						local.outRefundNo(), null, local.amount(), null, null));
			}
		}
		found.sort(Comparator.comparing(Discrepancy::type)
			.thenComparing(Discrepancy::outTradeNo, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Discrepancy::outRefundNo, Comparator.nullsLast(Comparator.naturalOrder())));
		return new ReconciliationReport(statement.channel(), day, statement.lines().size(), matched, found);
	}

	private static Discrepancy comparePayment(StatementLine line, LedgerPayment local) {
		if (local == null) {
			return payment(DiscrepancyType.CHANNEL_PAID_LOCAL_MISSING, line, null);
		}
		if (!local.amount().equals(line.amount())) {
			return payment(DiscrepancyType.PAYMENT_AMOUNT_MISMATCH, line, local);
		}
		if (local.status().isAwaitingPayment()) {
			return payment(DiscrepancyType.CHANNEL_PAID_LOCAL_PENDING, line, local);
		}
		if (local.status() == OrderStatus.CLOSED || local.status() == OrderStatus.FAILED) {
			return payment(DiscrepancyType.CHANNEL_PAID_LOCAL_CLOSED, line, local);
		}
		return null;
	}

	private static Discrepancy compareRefund(StatementLine line, LedgerRefund local) {
		if (local == null) {
			return refund(DiscrepancyType.CHANNEL_REFUND_LOCAL_MISSING, line, null);
		}
		if (!local.amount().equals(line.amount())) {
			return refund(DiscrepancyType.REFUND_AMOUNT_MISMATCH, line, local);
		}
		if (!local.succeeded()) {
			return refund(DiscrepancyType.CHANNEL_REFUND_LOCAL_NOT_SUCCEEDED, line, local);
		}
		return null;
	}

	private static Discrepancy payment(DiscrepancyType type, StatementLine line, LedgerPayment local) {
		return new Discrepancy(type, line.outTradeNo(), null, line.amount(), local == null ? null : local.amount(),
				local == null ? null : local.status(), line.channelTradeNo());
	}

	/**
	 * A refund line names the refunded order where the channel's format carries it
	 * (UnionPay's ZM line does not; the local refund does).
	 */
	private static Discrepancy refund(DiscrepancyType type, StatementLine line, LedgerRefund local) {
		String outTradeNo = (line.outTradeNo() != null || local == null) ? line.outTradeNo() : local.outTradeNo();
		return new Discrepancy(type, outTradeNo, line.outRefundNo(), line.amount(),
				local == null ? null : local.amount(), null, line.channelTradeNo());
	}

	private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
		Map<String, T> index = new HashMap<>();
		for (T item : items) {
			if (index.put(Objects.requireNonNull(key.apply(item)), item) != null) {
				throw new IllegalArgumentException("ledger lists " + key.apply(item) + " twice");
			}
		}
		return index;
	}

}

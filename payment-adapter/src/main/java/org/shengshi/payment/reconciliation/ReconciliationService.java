package org.shengshi.payment.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.order.OrderChange;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.refund.RefundService;
import org.shengshi.payment.refund.RefundStatus;
import org.shengshi.payment.refund.StoredRefund;
import org.shengshi.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs the reconciliation of one channel for one day: download the statement, gather the
 * ledger (orders and refunds that succeeded that day, plus every one the statement
 * names), compare ({@link Reconciler}), repair the one safe case (paid at the channel,
 * still awaiting payment here: applied through the state machine, which publishes
 * {@code payment.succeeded} once) and store the report (one per channel and day; a rerun
 * replaces it).
 */
@Service
public class ReconciliationService {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int REPAIR_ATTEMPTS = 3;

	private final Channels channels;

	private final OrderLedger orders;

	private final RefundService refunds;

	private final ReportMapper reports;

	private final JsonMapper json;

	private final Clock clock;

	ReconciliationService(Channels channels, OrderLedger orders, RefundService refunds, ReportMapper reports,
			JsonMapper json, Clock clock) {
		this.channels = channels;
		this.orders = orders;
		this.refunds = refunds;
		this.reports = reports;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Reconciles {@code channel} for {@code date}; 503 {@code STATEMENT_UNAVAILABLE} when
	 * the channel does not deliver the statement (not ready yet, timeout, bad file).
	 */
	public ReportView run(ChannelId channelId, LocalDate date) {
		ChannelResult<Statement> statement = this.channels.require(channelId).downloadStatement(date);
		if (!statement.isOk()) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "STATEMENT_UNAVAILABLE", "渠道对账单暂不可用",
					"The channel statement is not available")
				.with("channelCode", String.valueOf(statement.code()));
		}
		Statement day = statement.value();
		ReconciliationReport report = Reconciler.reconcile(day, payments(channelId, day), refunds(channelId, day));
		Set<String> repaired = repair(report, day);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		this.reports.upsert(new ReportRow(UUID.randomUUID().toString(), channelId, date,
				report.isBalanced() ? "BALANCED" : "DISCREPANCIES", report.discrepancies().size(), repaired.size(),
				this.json.writeValueAsString(lines(report, repaired)), now));
		log.info("reconciled {} {}: {} lines, {} matched, {} discrepancies, {} repaired", channelId, date,
				report.statementLines(), report.matched(), report.discrepancies().size(), repaired.size());
		return view(this.reports.findByDay(channelId, date));
	}

	/** The stored report of a channel and day. */
	public Optional<ReportView> report(ChannelId channel, LocalDate date) {
		return Optional.ofNullable(this.reports.findByDay(channel, date)).map(this::view);
	}

	/** The latest stored reports, newest day first. */
	public List<ReportView> latest(int limit) {
		return this.reports.listLatest(limit).stream().map(this::view).toList();
	}

	private ReportView view(ReportRow row) {
		return new ReportView(row.id(), row.channel(), row.statementDate(), row.status(), row.discrepancyCount(),
				row.repairedCount(), this.json.readTree(row.discrepancies()), row.createdAt());
	}

	private List<LedgerPayment> payments(ChannelId channel, Statement statement) {
		Map<String, PaymentOrder> byNumber = new HashMap<>();
		this.orders.paidBetween(channel, statement.from(), statement.to())
			.forEach((order) -> byNumber.put(order.outTradeNo(), order));
		Set<String> named = new HashSet<>();
		statement.lines().forEach((line) -> named.add(line.outTradeNo()));
		named.remove(null);
		this.orders.byOutTradeNos(named)
			.stream()
			.filter((order) -> order.channel() == channel)
			.forEach((order) -> byNumber.putIfAbsent(order.outTradeNo(), order));
		return byNumber.values().stream().map(LedgerPayment::of).toList();
	}

	private List<LedgerRefund> refunds(ChannelId channel, Statement statement) {
		Map<String, StoredRefund> byNumber = new HashMap<>();
		this.refunds.succeededBetween(statement.from(), statement.to())
			.forEach((refund) -> byNumber.put(refund.outRefundNo(), refund));
		List<String> named = statement.lines()
			.stream()
			.filter((line) -> line.type() == StatementLine.Type.REFUND)
			.map(StatementLine::outRefundNo)
			.toList();
		this.refunds.byOutRefundNos(named).forEach((refund) -> byNumber.putIfAbsent(refund.outRefundNo(), refund));
		Map<String, Optional<PaymentOrder>> ordersById = new HashMap<>();
		List<LedgerRefund> ledger = new ArrayList<>();
		for (StoredRefund refund : byNumber.values()) {
			Optional<PaymentOrder> order = ordersById.computeIfAbsent(refund.orderId(), this.orders::byId);
			if (order.isPresent() && order.get().channel() == channel) {
				ledger.add(new LedgerRefund(refund.outRefundNo(), order.get().outTradeNo(), refund.amount(),
						refund.status() == RefundStatus.SUCCEEDED, refund.succeededAt()));
			}
		}
		return ledger;
	}

	/**
	 * Applies the channel's payment to orders still awaiting it; returns their numbers.
	 */
	private Set<String> repair(ReconciliationReport report, Statement statement) {
		Set<String> repaired = new HashSet<>();
		for (Discrepancy discrepancy : report.autoRepairable()) {
			Instant paidAt = statement.lines()
				.stream()
				.filter((line) -> line.type() == StatementLine.Type.PAYMENT
						&& discrepancy.outTradeNo().equals(line.outTradeNo()))
				.map(StatementLine::time)
				.findFirst()
				.orElse(null);
			for (int attempt = 0; attempt < REPAIR_ATTEMPTS; attempt++) {
				PaymentOrder order = this.orders.byOutTradeNo(discrepancy.outTradeNo())
					.orElseThrow(() -> new IllegalStateException("discrepancy for order " + discrepancy.outTradeNo()
							+ " was judged repairable, but the order is not in the database"));
				OrderChange change = order.confirmPaid(discrepancy.channelAmount(), discrepancy.channelTradeNo(),
						paidAt);
				if (!change.changed()) {
					break;
				}
				if (this.orders.save(change)) {
					repaired.add(discrepancy.outTradeNo());
					break;
				}
			}
		}
		return repaired;
	}

	private static List<Map<String, Object>> lines(ReconciliationReport report, Set<String> repaired) {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Discrepancy d : report.discrepancies()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("type", d.type().name());
			line.put("category", d.category().name());
			line.put("categoryLabel", d.category().label());
			line.put("outTradeNo", d.outTradeNo());
			line.put("outRefundNo", d.outRefundNo());
			line.put("channelAmountFen", (d.channelAmount() != null) ? d.channelAmount().value() : null);
			line.put("localAmountFen", (d.localAmount() != null) ? d.localAmount().value() : null);
			line.put("localStatus", (d.localStatus() != null) ? d.localStatus().name() : null);
			line.put("channelTradeNo", d.channelTradeNo());
			line.put("autoRepairable", d.autoRepairable());
			line.put("repaired", d.autoRepairable() && repaired.contains(d.outTradeNo()));
			lines.add(line);
		}
		return lines;
	}

}

package org.shengshi.payment.channel.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.shengshi.payment.channel.CallbackReply;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.CloseResult;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.PrepayRequest;
import org.shengshi.payment.channel.PrepayResult;
import org.shengshi.payment.channel.RefundRef;
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.RefundSnapshot;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.money.Fen;

/**
 * A deterministic in-process channel. Magic amounts, by the last three digits of the
 * amount in fen:
 * <ul>
 * <li>{@code …401}: the pre-order is declined (DEFINITIVE_FAILURE
 * {@code SANDBOX_DECLINED});</li>
 * <li>{@code …504}: the pre-order is created but its answer is "lost" (UNKNOWN
 * {@code TIMEOUT}), as after a real timeout;</li>
 * <li>anything else: accepted.</li>
 * </ul>
 * {@link #pay(String)}, {@link #fail(String)} and {@link #refundCallback(String, String)}
 * act as the payer and the channel and return the signed callback the channel would send.
 */
public final class SandboxChannel implements PaymentChannel {

	public static final String MERCHANT_ID = "SANDBOX-MERCHANT";

	public static final String APP_ID = "sandbox-app";

	/**
	 * The sandbox refuses new orders beyond this many, so a long-running dev stack stays
	 * bounded.
	 */
	static final int MAX_TRADES = 100_000;

	private final Clock clock;

	private final SandboxCallbacks callbacks;

	private final Map<String, SandboxTrade> trades = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	public SandboxChannel(Clock clock, byte[] callbackSecret) {
		this.clock = clock;
		this.callbacks = new SandboxCallbacks(callbackSecret, clock);
	}

	@Override
	public ChannelId id() {
		return ChannelId.SANDBOX;
	}

	@Override
	public ChannelIdentity identity() {
		return new ChannelIdentity(MERCHANT_ID, APP_ID);
	}

	@Override
	public ChannelResult<PrepayResult> createOrder(PrepayRequest request) {
		long magic = request.amount().value() % 1000;
		if (magic == 401) {
			return ChannelResult.failure("SANDBOX_DECLINED", "the sandbox declines amounts ending in 401");
		}
		if (this.trades.size() >= MAX_TRADES && !this.trades.containsKey(request.outTradeNo())) {
			return ChannelResult.failure("SANDBOX_FULL", "the sandbox holds " + MAX_TRADES + " trades");
		}
		SandboxTrade trade = this.trades.computeIfAbsent(request.outTradeNo(), (key) -> new SandboxTrade(key,
				"SBX" + this.sequence.incrementAndGet(), request.amount(), TradeState.NOT_PAID, null, Map.of()));
		if (!trade.amount().equals(request.amount())) {
			return ChannelResult.failure("OUT_TRADE_NO_USED", "order number already used with another amount");
		}
		if (magic == 504) {
			return ChannelResult.unknown("TIMEOUT", "the sandbox lost the answer (amount ends in 504)");
		}
		return ChannelResult.ok(new PrepayResult(PrepayResult.Kind.QR_CODE, "sandbox://pay/" + trade.outTradeNo()));
	}

	@Override
	public ChannelResult<TradeSnapshot> query(TradeRef ref) {
		SandboxTrade trade = this.trades.get(ref.outTradeNo());
		if (trade == null) {
			return ChannelResult.ok(TradeSnapshot.notFound(ref.outTradeNo()));
		}
		return ChannelResult
			.ok(new TradeSnapshot(trade.outTradeNo(), trade.state(), trade.amount(), trade.tradeNo(), trade.paidAt()));
	}

	@Override
	public ChannelResult<CloseResult> close(TradeRef ref) {
		SandboxTrade after = this.trades.computeIfPresent(ref.outTradeNo(), (key,
				trade) -> trade.state() == TradeState.NOT_PAID ? trade.withState(TradeState.CLOSED, null) : trade);
		if (after == null) {
			return ChannelResult.ok(new CloseResult(true));
		}
		if (after.state() == TradeState.PAID || after.state() == TradeState.REFUNDED) {
			return ChannelResult.failure("ORDER_PAID", "paid in the sandbox before it could be closed");
		}
		return ChannelResult.ok(new CloseResult(after.state() != TradeState.CLOSED));
	}

	@Override
	public ChannelResult<RefundSnapshot> refund(RefundRequest request) {
		String outTradeNo = request.trade().outTradeNo();
		String[] refusal = new String[1];
		SandboxTrade after = this.trades.computeIfPresent(outTradeNo, (key, trade) -> {
			if (trade.refunds().containsKey(request.outRefundNo())) {
				return trade;
			}
			if (trade.paidAt() == null || request.refund().plus(trade.refunded()).exceeds(trade.amount())) {
				refusal[0] = trade.paidAt() == null ? "TRADE_NOT_PAID" : "REFUND_EXCEEDS_PAID";
				return trade;
			}
			SandboxTrade refunded = trade.withRefund(request.outRefundNo(), new SandboxTrade.Refund(
					"SBXR" + this.sequence.incrementAndGet(), request.refund(), this.clock.instant()));
			return refunded.withState(TradeState.REFUNDED, trade.paidAt());
		});
		if (after == null || refusal[0] != null) {
			return ChannelResult.failure(after == null ? "TRADE_NOT_EXIST" : refusal[0], "sandbox refused the refund");
		}
		return queryRefund(request.refundRef());
	}

	@Override
	public ChannelResult<RefundSnapshot> queryRefund(RefundRef ref) {
		SandboxTrade trade = this.trades.get(ref.trade().outTradeNo());
		SandboxTrade.Refund refund = trade == null ? null : trade.refunds().get(ref.outRefundNo());
		if (refund == null) {
			return ChannelResult.ok(new RefundSnapshot(ref.outRefundNo(), RefundState.NOT_FOUND, null, null));
		}
		return ChannelResult
			.ok(new RefundSnapshot(ref.outRefundNo(), RefundState.SUCCEEDED, refund.amount(), refund.refundNo()));
	}

	/** Payments and refunds booked on {@code date} (Asia/Shanghai), in time order. */
	@Override
	public ChannelResult<Statement> downloadStatement(LocalDate date) {
		List<StatementLine> lines = new ArrayList<>();
		for (SandboxTrade trade : this.trades.values()) {
			if (trade.paidAt() != null && onDate(trade.paidAt(), date)) {
				lines.add(new StatementLine(StatementLine.Type.PAYMENT, trade.outTradeNo(), trade.tradeNo(), null,
						trade.amount(), trade.paidAt()));
			}
			trade.refunds().forEach((outRefundNo, refund) -> {
				if (onDate(refund.at(), date)) {
					lines.add(new StatementLine(StatementLine.Type.REFUND, trade.outTradeNo(), trade.tradeNo(),
							outRefundNo, refund.amount(), refund.at()));
				}
			});
		}
		lines.sort(Comparator.comparing(StatementLine::time));
		return ChannelResult.ok(new Statement(ChannelId.SANDBOX, date, lines));
	}

	@Override
	public CallbackVerification parseCallback(CallbackRequest request) {
		return this.callbacks.verify(request);
	}

	@Override
	public CallbackReply acknowledge() {
		return new CallbackReply(204, null, null);
	}

	@Override
	public CallbackReply refuse(String message) {
		return new CallbackReply(400, "text/plain;charset=UTF-8", "fail");
	}

	/** The payer pays: the trade becomes PAID; returns the signed payment callback. */
	public CallbackRequest pay(String outTradeNo) {
		SandboxTrade trade = this.trades.computeIfPresent(outTradeNo,
				(key, t) -> t.state() == TradeState.NOT_PAID ? t.withState(TradeState.PAID, this.clock.instant()) : t);
		if (trade == null || trade.state() != TradeState.PAID) {
			throw new IllegalStateException("no unpaid sandbox trade " + outTradeNo);
		}
		return paymentCallback(trade);
	}

	/**
	 * The payment fails for good: the trade becomes FAILED; returns the signed callback.
	 */
	public CallbackRequest fail(String outTradeNo) {
		SandboxTrade trade = this.trades.computeIfPresent(outTradeNo,
				(key, t) -> t.state() == TradeState.NOT_PAID ? t.withState(TradeState.FAILED, null) : t);
		if (trade == null || trade.state() != TradeState.FAILED) {
			throw new IllegalStateException("no unpaid sandbox trade " + outTradeNo);
		}
		return paymentCallback(trade);
	}

	/** The signed callback of a refund the sandbox made. */
	public CallbackRequest refundCallback(String outTradeNo, String outRefundNo) {
		SandboxTrade trade = this.trades.get(outTradeNo);
		SandboxTrade.Refund refund = trade == null ? null : trade.refunds().get(outRefundNo);
		if (refund == null) {
			throw new IllegalStateException("no sandbox refund " + outRefundNo);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", "SBXN-" + refund.refundNo());
		body.put("type", "REFUND");
		body.put("out_trade_no", outTradeNo);
		body.put("out_refund_no", outRefundNo);
		body.put("refund_no", refund.refundNo());
		body.put("amount", refund.amount().value());
		body.put("merchant", MERCHANT_ID);
		body.put("app", APP_ID);
		return this.callbacks.signed(body);
	}

	private CallbackRequest paymentCallback(SandboxTrade trade) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", "SBXN-" + trade.tradeNo() + "-" + trade.state());
		body.put("type", "PAYMENT");
		body.put("out_trade_no", trade.outTradeNo());
		body.put("trade_no", trade.tradeNo());
		body.put("state", trade.state().name());
		body.put("amount", trade.amount().value());
		body.put("merchant", MERCHANT_ID);
		body.put("app", APP_ID);
		if (trade.paidAt() != null) {
			body.put("paid_at", trade.paidAt().toString());
		}
		return this.callbacks.signed(body);
	}

	private static boolean onDate(Instant instant, LocalDate date) {
		return instant.atZone(ChannelTime.SHANGHAI).toLocalDate().equals(date);
	}

}

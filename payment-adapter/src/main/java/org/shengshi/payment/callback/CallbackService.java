package org.shengshi.payment.callback;

import java.util.Optional;
import java.util.Set;

import org.shengshi.payment.channel.CallbackReply;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.order.OrderChange;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.order.TransitionResult;
import org.shengshi.payment.refund.RefundService;
import org.shengshi.payment.refund.RefundTransitions;
import org.shengshi.payment.refund.StoredRefund;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Handles a channel callback: verify on the raw bytes, match against the order, apply
 * through the state machine with an optimistic version check (re-reading on a lost race;
 * a write that loses to lock contention, e.g. against the outbox relay, is tried again),
 * and answer as the channel expects. Anything refused changes nothing and is audited.
 */
@Service
class CallbackService {

	/**
	 * Re-reads after a lost optimistic race; more means something is badly wrong. Lock
	 * contention inside one write (deadlock victim, lock wait timeout) is retried by
	 * {@link ContentionBackoff} and never reaches the channel as a refusal.
	 */
	static final int MAX_ATTEMPTS = 8;

	private final Channels channels;

	private final OrderLedger ledger;

	private final SecurityAudit audit;

	private final RefundService refunds;

	CallbackService(Channels channels, OrderLedger ledger, SecurityAudit audit, RefundService refunds) {
		this.channels = channels;
		this.ledger = ledger;
		this.audit = audit;
		this.refunds = refunds;
	}

	CallbackReply handle(ChannelId channelId, CallbackRequest request) {
		PaymentChannel channel = this.channels.find(channelId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "CHANNEL_UNAVAILABLE", "支付渠道不可用",
					"Payment channel not available"));
		CallbackVerification verification = channel.parseCallback(request);
		if (verification instanceof CallbackVerification.Rejected rejected) {
			this.audit.record("CALLBACK_REJECTED", channelId, rejected.reason().name(), rejected.detail(), null);
			return channel.refuse("verification failed");
		}
		if (((CallbackVerification.Accepted) verification).notice() instanceof PaymentNotice notice) {
			return handlePayment(channel, notice);
		}
		return handleRefund(channel, (RefundNotice) ((CallbackVerification.Accepted) verification).notice());
	}

	/**
	 * A refund notice: find our refund by its number, match it against the order and the
	 * refund, then let the refund state machine apply it (a duplicate is acknowledged and
	 * changes nothing).
	 */
	private CallbackReply handleRefund(PaymentChannel channel, RefundNotice notice) {
		Optional<StoredRefund> refund = (notice.outRefundNo() != null)
				? this.refunds.byOutRefundNo(notice.outRefundNo()) : Optional.empty();
		Optional<PaymentOrder> order = refund.flatMap((found) -> this.ledger.byId(found.orderId()));
		if (refund.isEmpty() || order.isEmpty()) {
			this.audit.record("CALLBACK_UNKNOWN_REFUND", channel.id(), "REFUND", notice.outRefundNo(),
					notice.outTradeNo());
			return channel.refuse("unknown refund");
		}
		Set<Mismatch> mismatches = CallbackMatcher.check(notice, OrderExpectation.of(order.get(), channel),
				refund.get().outRefundNo(), refund.get().amount());
		if (!mismatches.isEmpty()) {
			this.audit.record("CALLBACK_MISMATCH", channel.id(), mismatches.toString(), notice.outRefundNo(),
					order.get().outTradeNo());
			return channel.refuse("callback does not match the refund");
		}
		RefundTransitions.Decision decision = ContentionBackoff.retry("refund callback " + notice.outRefundNo(),
				() -> this.refunds.applyNotice(refund.get(), notice.state(), notice.channelRefundNo()));
		if (decision != null && decision.kind() == RefundTransitions.Kind.REJECTED && decision.anomaly() != null) {
			this.audit.record("CALLBACK_ANOMALY", channel.id(), decision.anomaly(), notice.outRefundNo(),
					order.get().outTradeNo());
		}
		return channel.acknowledge();
	}

	private CallbackReply handlePayment(PaymentChannel channel, PaymentNotice notice) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Optional<PaymentOrder> found = this.ledger.byOutTradeNo(notice.outTradeNo());
			if (found.isEmpty()) {
				this.audit.record("CALLBACK_UNKNOWN_ORDER", channel.id(), "ORDER", null, notice.outTradeNo());
				return channel.refuse("unknown order");
			}
			PaymentOrder order = found.get();
			Set<Mismatch> mismatches = CallbackMatcher.check(notice, OrderExpectation.of(order, channel));
			if (!mismatches.isEmpty()) {
				this.audit.record("CALLBACK_MISMATCH", channel.id(), mismatches.toString(), null, notice.outTradeNo());
				return channel.refuse("callback does not match the order");
			}
			OrderChange change = decide(order, notice);
			if (change == null || !change.changed()) {
				return settle(channel, notice, change);
			}
			if (ContentionBackoff.retry("payment callback " + notice.outTradeNo(), () -> this.ledger.save(change))) {
				return channel.acknowledge();
			}
			// lost the optimistic race: a concurrent duplicate moved the order; read
			// again
		}
		return channel.refuse("busy, retry later");
	}

	private static OrderChange decide(PaymentOrder order, PaymentNotice notice) {
		return switch (notice.state()) {
			case PAID -> order.confirmPaid(notice.amount(), notice.channelTradeNo(), notice.paidAt());
			case FAILED -> order.reportFailed();
			default -> null;
		};
	}

	/** Nothing to write: acknowledge, and audit what the state machine refused. */
	private CallbackReply settle(PaymentChannel channel, PaymentNotice notice, OrderChange change) {
		if (change != null && change.result().kind() == TransitionResult.Kind.REJECTED) {
			TransitionResult result = change.result();
			this.audit.record("CALLBACK_ANOMALY", channel.id(),
					(result.anomaly() != null) ? result.anomaly() : "REFUSED", result.from() + " x " + result.event(),
					notice.outTradeNo());
		}
		return channel.acknowledge();
	}

}

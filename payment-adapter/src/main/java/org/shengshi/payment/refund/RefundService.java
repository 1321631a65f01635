package org.shengshi.payment.refund;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.Channels;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.RefundSnapshot;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.OrderLedger;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.platform.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Refunds: reserve the amount under the order's lock, then call the channel outside any
 * transaction, then apply its answer. An UNKNOWN answer (timeout, reset, 5xx, malformed)
 * leaves the refund REQUESTED; the sweep queries it and, if the channel never received
 * it, sends it again with the same refund number (which never refunds twice).
 */
@Service
public class RefundService {

	private static final Logger log = LoggerFactory.getLogger(RefundService.class);

	private final RefundLedger ledger;

	private final RefundMapper refunds;

	private final OrderLedger orders;

	private final Channels channels;

	RefundService(RefundLedger ledger, RefundMapper refunds, OrderLedger orders, Channels channels) {
		this.ledger = ledger;
		this.refunds = refunds;
		this.orders = orders;
		this.channels = channels;
	}

	/**
	 * Requests a refund of a paid order and returns it as it stands after the channel's
	 * answer.
	 */
	public RefundView request(String orderId, NewRefund request, String requestedBy) {
		PaymentOrder order = this.orders.byId(orderId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "支付订单不存在",
					"Payment order not found"));
		PaymentChannel channel = this.channels.require(order.channel());
		RefundLedger.Reserved reserved = this.ledger.reserve(orderId, request, requestedBy);
		RefundRow row = reserved.refund();
		apply(row, channel.refund(requestOf(reserved.order(), row)));
		return RefundView.of(this.refunds.findById(row.id()));
	}

	/** The order's refunds, oldest first. */
	public List<RefundView> refundsOf(String orderId) {
		return this.refunds.listByOrder(orderId).stream().map(RefundView::of).toList();
	}

	public Optional<StoredRefund> byOutRefundNo(String outRefundNo) {
		return Optional.ofNullable(this.refunds.findByOutRefundNo(outRefundNo)).map(StoredRefund::of);
	}

	/** Refunds that succeeded in {@code [from, to)}. */
	public List<StoredRefund> succeededBetween(Instant from, Instant to) {
		return this.refunds.listSucceededBetween(from, to).stream().map(StoredRefund::of).toList();
	}

	/** The refunds with these numbers. */
	public List<StoredRefund> byOutRefundNos(Collection<String> outRefundNos) {
		if (outRefundNos.isEmpty()) {
			return List.of();
		}
		return this.refunds.listByOutRefundNos(outRefundNos).stream().map(StoredRefund::of).toList();
	}

	/**
	 * Applies a verified refund callback (already matched against its order and refund).
	 * @return what the refund state machine decided; {@code null} when the state carries
	 * nothing to apply
	 */
	public RefundTransitions.Decision applyNotice(StoredRefund refund, RefundState state, String channelRefundNo) {
		RefundEvent event = RefundEvent.of(state);
		return (event != null) ? this.ledger.apply(refund.id(), event, channelRefundNo, state.name()) : null;
	}

	/**
	 * One pass over refunds not yet final requested before {@code requestedBefore}: query
	 * each at its channel and apply the answer.
	 * @return how many were looked at
	 */
	public int sweepOnce(Instant requestedBefore, int limit) {
		int count = 0;
		for (RefundRow row : this.refunds.listUnresolved(requestedBefore, limit)) {
			try {
				resolve(row);
			}
			catch (RuntimeException ex) {
				log.warn("sweep of refund {} failed; next sweep retries", row.id(), ex);
			}
			count++;
		}
		return count;
	}

	private void resolve(RefundRow row) {
		PaymentOrder order = this.orders.byId(row.orderId())
			.orElseThrow(() -> new IllegalStateException(
					"refund " + row.id() + " belongs to order " + row.orderId() + ", which is not in the database"));
		PaymentChannel channel = this.channels.find(order.channel()).orElse(null);
		if (channel == null) {
			return;
		}
		RefundRequest request = requestOf(order, row);
		ChannelResult<RefundSnapshot> answer = channel.queryRefund(request.refundRef());
		if (answer.isOk() && answer.value().state() == RefundState.NOT_FOUND) {
			if (row.status() == RefundStatus.REQUESTED) {
				log.info("refund {} never reached {}; sending it again", row.id(), channel.id());
				apply(row, channel.refund(request));
			}
			return;
		}
		if (answer.isOk()) {
			apply(row, answer);
		}
	}

	private void apply(RefundRow row, ChannelResult<RefundSnapshot> answer) {
		switch (answer.outcome()) {
			case OK -> applySnapshot(row, answer.value());
			case DEFINITIVE_FAILURE -> this.ledger.apply(row.id(), RefundEvent.CHANNEL_FAILED, null, answer.code());
			case UNKNOWN ->
				log.warn("refund {} outcome unknown ({}); the sweep will resolve it", row.id(), answer.code());
		}
	}

	private void applySnapshot(RefundRow row, RefundSnapshot snapshot) {
		boolean ours = row.outRefundNo().equals(snapshot.outRefundNo())
				&& (snapshot.refund() == null || snapshot.refund().value() == row.amountFen());
		if (!ours) {
			log.warn("channel answer for refund {} names another refund or amount; the sweep will query it", row.id());
			return;
		}
		RefundEvent event = RefundEvent.of(snapshot.state());
		if (event != null) {
			RefundTransitions.Decision decision = this.ledger.apply(row.id(), event, snapshot.channelRefundNo(),
					snapshot.state().name());
			if (decision.anomaly() != null) {
				log.warn("refund {}: channel says {} but it is {} here ({})", row.id(), snapshot.state(), decision.to(),
						decision.anomaly());
			}
		}
	}

	private static RefundRequest requestOf(PaymentOrder order, RefundRow row) {
		return new RefundRequest(new TradeRef(order.outTradeNo(), order.createdAt()), order.channelTradeNo(),
				row.outRefundNo(), Fen.of(row.amountFen()), order.paidAmount(), row.reason(), row.requestedAt());
	}

}

package org.shengshi.payment.callback;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.shengshi.payment.channel.CallbackNotice;
import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.PaymentOrder;

/**
 * Compares a verified callback with the local order (and refund). An empty answer means
 * it may be applied; any mismatch means it changes nothing and is written to the security
 * audit. The app id is compared only where the channel sends one (UnionPay and WeChat
 * refund notifications have none).
 */
public final class CallbackMatcher {

	private CallbackMatcher() {
	}

	/** Mismatches of a payment callback with its order. */
	public static Set<Mismatch> check(PaymentNotice notice, OrderExpectation expected) {
		Set<Mismatch> mismatches = common(notice, expected.order(), expected.identity());
		if (!notice.amount().equals(expected.amount())) {
			mismatches.add(Mismatch.AMOUNT);
		}
		return mismatches;
	}

	/**
	 * Mismatches of a refund callback with its order and the refund we requested.
	 * @param outRefundNo our refund number
	 * @param requestedRefund the amount of that refund
	 */
	public static Set<Mismatch> check(RefundNotice notice, OrderExpectation expected, String outRefundNo,
			Fen requestedRefund) {
		PaymentOrder order = expected.order();
		Set<Mismatch> mismatches = common(notice, order, expected.identity());
		if (!outRefundNo.equals(notice.outRefundNo())) {
			mismatches.add(Mismatch.REFUND);
		}
		if (notice.refund() != null && !notice.refund().equals(requestedRefund)) {
			mismatches.add(Mismatch.AMOUNT);
		}
		if (notice.refundedTotal() != null && notice.refundedTotal().exceeds(order.amount())) {
			mismatches.add(Mismatch.REFUND_EXCEEDS_PAID);
		}
		return mismatches;
	}

	private static Set<Mismatch> common(CallbackNotice notice, PaymentOrder order, ChannelIdentity identity) {
		Set<Mismatch> mismatches = EnumSet.noneOf(Mismatch.class);
		if (notice.channel() != order.channel()) {
			mismatches.add(Mismatch.CHANNEL);
		}
		// a refund notice without our order number (UnionPay without reqReserved) is
		// matched by refund number
		if (notice.outTradeNo() != null ? !notice.outTradeNo().equals(order.outTradeNo())
				: notice instanceof PaymentNotice) {
			mismatches.add(Mismatch.ORDER);
		}
		if (!Objects.equals(notice.merchantId(), identity.merchantId())) {
			mismatches.add(Mismatch.MERCHANT);
		}
		if (notice.appId() != null && !notice.appId().equals(identity.appId())) {
			mismatches.add(Mismatch.APP_ID);
		}
		return mismatches;
	}

}

package org.shengshi.payment.refund;

import java.net.http.HttpResponse;
import java.util.List;

import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.AlipayNotifications;
import org.shengshi.payment.testsupport.AlipaySandbox;
import org.shengshi.payment.testsupport.AlipaySandbox.Operation;
import org.shengshi.payment.testsupport.TestChannels;

/**
 * Refunds through Alipay: {@code alipay.trade.refund} ({@code fund_change} Y = money
 * moved, N = confirm by query), {@code alipay.trade.fastpay.refund.query}, and the
 * {@code trade_status_sync} notification carrying {@code out_biz_no} and the trade's
 * refunded total ({@code refund_fee}).
 */
class AlipayRefundIT extends RefundContract {

	private final AlipaySandbox alipay = TestChannels.alipay();

	private final AlipayNotifications notifications = new AlipayNotifications();

	@Override
	String channel() {
		return "ALIPAY";
	}

	@Override
	void resetSandbox() {
		this.alipay.reset();
		this.alipay.acceptsPrecreate();
	}

	@Override
	CallbackRequest paidCallback(PaymentOrder order, Fen amount) {
		return AlipayNotifications
			.request(this.notifications.signed(this.notifications.paidParams(order.outTradeNo(), amount)));
	}

	@Override
	boolean acknowledged(HttpResponse<String> reply) {
		return reply.statusCode() == 200 && reply.body().equals("success");
	}

	@Override
	void acceptsRefunds(Fen refund) {
		this.alipay.acceptsRefund(refund);
	}

	@Override
	RefundStatus statusWhenAccepted() {
		return RefundStatus.SUCCEEDED;
	}

	@Override
	void acceptsRefundsPending(Fen refund) {
		this.alipay.acceptsRefundPending(refund);
	}

	@Override
	void completeAccepted(PaymentOrder order, RefundRow refund, Fen refundedTotal) {
		// fund_change Y: the synchronous answer already said the money moved
	}

	@Override
	void refundAnswersAfterTheReadTimeout(Fen refund) {
		this.alipay.booksRefundsButAnswersAfter(refund, TestChannels.TIMEOUT_DELAY);
	}

	@Override
	void refundAnswers500() {
		this.alipay.returns500On(Operation.REFUND);
	}

	@Override
	void refundQueryReportsSucceeded(RefundRow refund) {
		this.alipay.reportsRefunded(Fen.of(refund.amountFen()));
	}

	@Override
	void refundQueryFindsNothing(RefundRow refund) {
		this.alipay.knowsNoRefund();
	}

	@Override
	void refusesRefunds() {
		this.alipay.refuses(Operation.REFUND, "ACQ.TRADE_STATUS_ERROR");
	}

	@Override
	List<String> refundRequestBodies() {
		return this.alipay.requests(Operation.REFUND).stream().map((request) -> request.getBodyAsString()).toList();
	}

	@Override
	CallbackRequest refundCallback(PaymentOrder order, RefundRow refund, Fen refundedTotal) {
		return AlipayNotifications.request(this.notifications.signed(this.notifications.refundParams(order.outTradeNo(),
				refund.outRefundNo(), order.amount(), refundedTotal)));
	}

	@Override
	List<CallbackRequest> tamperedRefundCallbacks(PaymentOrder order, RefundRow refund, Fen refundedTotal) {
		return this.notifications
			.tamperedVariants(this.notifications.refundParams(order.outTradeNo(), refund.outRefundNo(), order.amount(),
					refundedTotal))
			.stream()
			.map(AlipayNotifications.Tampered::request)
			.toList();
	}

	/** Genuinely signed, but the refunded total it claims exceeds what was paid. */
	@Override
	CallbackRequest mismatchingRefundCallback(PaymentOrder order, RefundRow refund) {
		return AlipayNotifications.request(this.notifications.signed(this.notifications.refundParams(order.outTradeNo(),
				refund.outRefundNo(), order.amount(), order.amount().plus(Fen.of(1)))));
	}

}

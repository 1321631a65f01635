package org.shengshi.payment.refund;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.PaymentOrder;
import org.shengshi.payment.testsupport.TestChannels;
import org.shengshi.payment.testsupport.UnionPaySandbox;
import org.shengshi.payment.testsupport.UnionPaySandbox.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds through UnionPay: the 退货 transaction (txnType 04, {@code origQryId} = the
 * payment's queryId, {@code reqReserved} = our order number) answered 00 = accepted, its
 * outcome by background notification (txnType 04, {@code respCode}) or by query
 * ({@code origRespCode}; 34 = never received).
 */
class UnionPayRefundIT extends RefundContract {

	private final UnionPaySandbox unionpay = TestChannels.unionpay();

	@Override
	String channel() {
		return "UNIONPAY";
	}

	@Override
	void resetSandbox() {
		this.unionpay.reset();
		this.unionpay.acceptsQrApply();
	}

	@Override
	CallbackRequest paidCallback(PaymentOrder order, Fen amount) {
		return this.unionpay.request(this.unionpay.signed(this.unionpay.paidNotification(order.outTradeNo(), amount)));
	}

	@Override
	boolean acknowledged(HttpResponse<String> reply) {
		return reply.statusCode() == 200;
	}

	@Override
	void acceptsRefunds(Fen refund) {
		this.unionpay.acceptsRefunds();
	}

	@Override
	RefundStatus statusWhenAccepted() {
		return RefundStatus.PROCESSING;
	}

	@Override
	void acceptsRefundsPending(Fen refund) {
		this.unionpay.acceptsRefunds();
	}

	/** UnionPay tells the outcome of an accepted refund by background notification. */
	@Override
	void completeAccepted(PaymentOrder order, RefundRow refund, Fen refundedTotal) {
		HttpResponse<String> reply = deliver(refundCallback(order, refund, refundedTotal));
		assertThat(acknowledged(reply)).as(reply.body()).isTrue();
	}

	@Override
	void refundAnswersAfterTheReadTimeout(Fen refund) {
		this.unionpay.booksRefundsButAnswersAfter(TestChannels.TIMEOUT_DELAY);
	}

	@Override
	void refundAnswers500() {
		this.unionpay.returns500On(Operation.REFUND);
	}

	@Override
	void refundQueryReportsSucceeded(RefundRow refund) {
		this.unionpay.reportsRefund(refund.outRefundNo(), "00", Fen.of(refund.amountFen()));
	}

	@Override
	void refundQueryFindsNothing(RefundRow refund) {
		this.unionpay.knowsNothingOf(refund.outRefundNo());
	}

	/** respCode 01: 交易失败, a final answer. */
	@Override
	void refusesRefunds() {
		this.unionpay.refusesRefunds("01");
	}

	@Override
	List<String> refundRequestBodies() {
		return this.unionpay.requests(Operation.REFUND).stream().map((request) -> request.getBodyAsString()).toList();
	}

	@Override
	CallbackRequest refundCallback(PaymentOrder order, RefundRow refund, Fen refundedTotal) {
		return this.unionpay.request(this.unionpay.signed(this.unionpay.refundNotification(refund.outRefundNo(),
				order.outTradeNo(), Fen.of(refund.amountFen()), "00")));
	}

	@Override
	List<CallbackRequest> tamperedRefundCallbacks(PaymentOrder order, RefundRow refund, Fen refundedTotal) {
		return this.unionpay
			.tamperedVariants(this.unionpay.refundNotification(refund.outRefundNo(), order.outTradeNo(),
					Fen.of(refund.amountFen()), "00"))
			.stream()
			.map(UnionPaySandbox.Tampered::request)
			.toList();
	}

	@Test
	void aFailedRefundNotificationFailsTheAcceptedRefundAndFreesTheAmount() {
		PaymentOrder order = paidOrder(700);
		acceptsRefunds(Fen.of(700));
		RefundRow refund = row(refund(order.id(), 700));

		HttpResponse<String> reply = deliver(this.unionpay.request(this.unionpay
			.signed(this.unionpay.refundNotification(refund.outRefundNo(), order.outTradeNo(), Fen.of(700), "01"))));

		assertThat(acknowledged(reply)).isTrue();
		assertThat(this.refundRows.findById(refund.id()).status()).isEqualTo(RefundStatus.FAILED);
		assertThat(this.refundRows.sumInFlight(order.id())).isZero();
		assertThat(refundedEvents(order.id())).isEmpty();
	}

	/** Genuinely signed, but for one fen less than the refund we asked for. */
	@Override
	CallbackRequest mismatchingRefundCallback(PaymentOrder order, RefundRow refund) {
		return this.unionpay.request(this.unionpay.signed(this.unionpay.refundNotification(refund.outRefundNo(),
				order.outTradeNo(), Fen.of(refund.amountFen() - 1), "00")));
	}

}

package org.shengshi.payment.order;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.money.Fen;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentOrderTest {

	private static final Instant CREATED_AT = Instant.parse("2024-03-01T02:00:00Z");

	private static final Instant EXPIRES_AT = CREATED_AT.plusSeconds(1800);

	private static PaymentOrder newOrder() {
		return PaymentOrder.create("01HQ-ORDER", "CASE-1", "T20240301000001", ChannelId.WECHAT, Fen.of(5000), "居住证工本费",
				"payer-ref", EXPIRES_AT, CREATED_AT);
	}

	private static PaymentOrder paid() {
		return newOrder().placePreOrder()
			.after()
			.confirmPaid(Fen.of(5000), "4200001", CREATED_AT.plusSeconds(60))
			.after();
	}

	@Test
	void aPaidCallbackForACreatedOrderWhosePreOrderAnswerWasLostSucceedsIt() {
		OrderChange change = newOrder().confirmPaid(Fen.of(5000), "4200001", CREATED_AT.plusSeconds(30));

		assertThat(change.changed()).isTrue();
		assertThat(change.after().status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(change.after().paidAmount()).isEqualTo(Fen.of(5000));
		assertThat(change.after().channelTradeNo()).isEqualTo("4200001");
		assertThat(change.after().version()).isEqualTo(1);
		OrderChange lateAnswer = change.after().placePreOrder();
		assertThat(lateAnswer.changed()).isFalse();
		assertThat(lateAnswer.result().kind()).isEqualTo(TransitionResult.Kind.ALREADY_APPLIED);
	}

	@Test
	void kDuplicatePaidCallbacksMakeOneTransition() {
		PaymentOrder order = newOrder().placePreOrder().after();
		int transitions = 0;
		for (int i = 0; i < 10; i++) {
			OrderChange change = order.confirmPaid(Fen.of(5000), "4200001", CREATED_AT.plusSeconds(60));
			transitions += change.changed() ? 1 : 0;
			order = change.after();
		}
		assertThat(transitions).isEqualTo(1);
		assertThat(order.status()).isEqualTo(OrderStatus.SUCCEEDED);
		assertThat(order.version()).isEqualTo(2);
	}

	@Test
	void aPaidAmountOtherThanTheOrderAmountChangesNothing() {
		PaymentOrder order = newOrder().placePreOrder().after();
		OrderChange change = order.confirmPaid(Fen.of(1), "4200001", CREATED_AT);

		assertThat(change.changed()).isFalse();
		assertThat(change.result().anomaly()).isEqualTo("PAID_AMOUNT_MISMATCH");
		assertThat(change.after()).isEqualTo(order);
	}

	@Test
	void partialThenFullRefundsReachRefundedAndNeverExceedThePaidAmount() {
		PaymentOrder order = paid();
		OrderChange first = order.refundSucceeded(Fen.of(2000));
		assertThat(first.after().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
		assertThat(first.result().event()).isEqualTo(OrderEvent.REFUND_PARTIAL_SUCCEEDED);

		OrderChange tooMuch = first.after().refundSucceeded(Fen.of(3001));
		assertThat(tooMuch.changed()).isFalse();
		assertThat(tooMuch.result().anomaly()).isEqualTo("REFUND_EXCEEDS_PAID");

		OrderChange rest = first.after().refundSucceeded(Fen.of(3000));
		assertThat(rest.after().status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(rest.result().event()).isEqualTo(OrderEvent.REFUND_FULL_SUCCEEDED);
		assertThat(rest.after().refundedAmount()).isEqualTo(Fen.of(5000));
		assertThat(rest.after().refundable()).isEqualTo(Fen.ZERO);

		OrderChange afterFull = rest.after().refundSucceeded(Fen.of(1));
		assertThat(afterFull.changed()).isFalse();
		assertThat(afterFull.result().anomaly()).isEqualTo("REFUND_AFTER_FULL_REFUND");
	}

	@Test
	void aFullRefundInOneGoMovesSucceededToRefunded() {
		OrderChange change = paid().refundSucceeded(Fen.of(5000));
		assertThat(change.after().status()).isEqualTo(OrderStatus.REFUNDED);
	}

	@Test
	void refundsBeforePaymentAndZeroRefundsAreRefused() {
		assertThat(newOrder().refundSucceeded(Fen.of(1)).result().anomaly()).isEqualTo("REFUND_BEFORE_PAID");
		assertThat(paid().refundSucceeded(Fen.ZERO).changed()).isFalse();
	}

	@Test
	void aRefundRequestMayNotExceedWhatIsLeftAfterRefundsInFlight() {
		PaymentOrder order = paid();
		assertThat(order.canRequestRefund(Fen.of(5000), Fen.ZERO)).isTrue();
		assertThat(order.canRequestRefund(Fen.of(3001), Fen.of(2000))).isFalse();
		assertThat(order.canRequestRefund(Fen.of(3000), Fen.of(2000))).isTrue();
		assertThat(order.canRequestRefund(Fen.ZERO, Fen.ZERO)).isFalse();
		assertThat(newOrder().canRequestRefund(Fen.of(1), Fen.ZERO)).isFalse();
	}

	@Test
	void anOrderClosesOnlyAfterItExpires() {
		PaymentOrder pending = newOrder().placePreOrder().after();
		OrderChange early = pending.closeOnExpiry(EXPIRES_AT.minusSeconds(1));
		assertThat(early.changed()).isFalse();
		assertThat(early.result().anomaly()).isEqualTo("NOT_EXPIRED");

		OrderChange onTime = pending.closeOnExpiry(EXPIRES_AT);
		assertThat(onTime.after().status()).isEqualTo(OrderStatus.CLOSED);
		OrderChange paidAfterClose = onTime.after().confirmPaid(Fen.of(5000), "4200001", EXPIRES_AT);
		assertThat(paidAfterClose.changed()).isFalse();
		assertThat(paidAfterClose.result().anomaly()).isEqualTo("PAID_AFTER_TERMINAL");
	}

	@Test
	void eachAppliedChangeBumpsTheVersionUsedAsTheUpdateCondition() {
		OrderChange placed = newOrder().placePreOrder();
		assertThat(placed.before().version()).isZero();
		assertThat(placed.after().version()).isEqualTo(1);
		OrderChange repeated = placed.after().placePreOrder();
		assertThat(repeated.after().version()).isEqualTo(1);
	}

}

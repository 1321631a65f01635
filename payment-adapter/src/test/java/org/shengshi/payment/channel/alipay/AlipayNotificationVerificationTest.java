package org.shengshi.payment.channel.alipay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.Accepted;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.CallbackVerification.Rejected;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.AlipayNotifications;
import org.shengshi.payment.testsupport.AlipayNotifications.Tampered;

import static org.assertj.core.api.Assertions.assertThat;

class AlipayNotificationVerificationTest {

	private static final AlipayNotifications NOTIFICATIONS = new AlipayNotifications();

	private final AlipayChannel channel = new AlipayChannel(
			NOTIFICATIONS.config("http://127.0.0.1:9", Duration.ofSeconds(1)));

	static List<Tampered> tamperedPaidNotifications() {
		return NOTIFICATIONS.tamperedVariants(NOTIFICATIONS.paidParams("T20240301000001", Fen.of(8888)));
	}

	@Test
	void aGenuineTradeSuccessNotificationVerifiesWithTheAmountConvertedExactly() {
		var request = AlipayNotifications
			.request(NOTIFICATIONS.signed(NOTIFICATIONS.paidParams("T20240301000001", Fen.of(8888))));

		CallbackVerification result = this.channel.parseCallback(request);

		PaymentNotice notice = (PaymentNotice) ((Accepted) result).notice();
		assertThat(notice.notifyId()).isEqualTo("2024030100222101530038711234567890");
		assertThat(notice.outTradeNo()).isEqualTo("T20240301000001");
		assertThat(notice.amount()).isEqualTo(Fen.of(8888));
		assertThat(notice.state()).isEqualTo(TradeState.PAID);
		assertThat(notice.merchantId()).isEqualTo(AlipayNotifications.SELLER_ID);
		assertThat(notice.appId()).isEqualTo(AlipayNotifications.APP_ID);
		assertThat(notice.paidAt()).isEqualTo(Instant.parse("2024-03-01T02:15:30Z"));
	}

	@Test
	void everyTradeStatusMaps() {
		Map<String, TradeState> expected = Map.of("WAIT_BUYER_PAY", TradeState.NOT_PAID, "TRADE_SUCCESS",
				TradeState.PAID, "TRADE_FINISHED", TradeState.PAID, "TRADE_CLOSED", TradeState.CLOSED);
		expected.forEach((status, state) -> {
			Map<String, String> params = NOTIFICATIONS.paidParams("T1", Fen.of(1));
			params.put("trade_status", status);
			var result = this.channel.parseCallback(AlipayNotifications.request(NOTIFICATIONS.signed(params)));
			assertThat(((PaymentNotice) ((Accepted) result).notice()).state()).as(status).isEqualTo(state);
		});
	}

	@Test
	void aPartialRefundNotificationIsARefundWithTheRunningTotal() {
		Map<String, String> params = NOTIFICATIONS.paidParams("T1", Fen.of(8888));
		params.put("out_biz_no", "R20240302000001");
		params.put("refund_fee", "20.00");
		params.put("gmt_refund", "2024-03-02 10:00:00.123");

		var result = this.channel.parseCallback(AlipayNotifications.request(NOTIFICATIONS.signed(params)));

		RefundNotice notice = (RefundNotice) ((Accepted) result).notice();
		assertThat(notice.outRefundNo()).isEqualTo("R20240302000001");
		assertThat(notice.refundedTotal()).isEqualTo(Fen.of(2000));
		assertThat(notice.refund()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tamperedPaidNotifications")
	void aTamperedNotificationIsRejectedForTheRightReason(Tampered tampered) {
		CallbackVerification result = this.channel.parseCallback(tampered.request());

		assertThat(result).isInstanceOf(Rejected.class);
		assertThat(((Rejected) result).reason()).isEqualTo(tampered.expected());
	}

	@Test
	void everyTamperedVariantIsRejectedNoneAccepted() {
		List<Tampered> variants = tamperedPaidNotifications();
		long accepted = variants.stream().filter((t) -> this.channel.parseCallback(t.request()).isAccepted()).count();

		assertThat(variants).hasSizeGreaterThanOrEqualTo(50);
		assertThat(accepted).as("%d tampered variants accepted", variants.size()).isZero();
	}

	@Test
	void aSignedNotificationWithAnAmountOfThreeDecimalsIsMalformed() {
		Map<String, String> params = NOTIFICATIONS.paidParams("T1", Fen.of(1));
		params.put("total_amount", "0.011");

		var result = this.channel.parseCallback(AlipayNotifications.request(NOTIFICATIONS.signed(params)));

		assertThat(((Rejected) result).reason()).isEqualTo(RejectReason.MALFORMED);
	}

	@Test
	void theReplyIsExactlySuccess() {
		assertThat(this.channel.acknowledge().body()).isEqualTo("success");
		assertThat(this.channel.acknowledge().status()).isEqualTo(200);
		assertThat(this.channel.refuse("x").body()).isNotEqualTo("success");
	}

}

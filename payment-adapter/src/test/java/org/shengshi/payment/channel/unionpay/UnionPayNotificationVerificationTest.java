package org.shengshi.payment.channel.unionpay;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.Accepted;
import org.shengshi.payment.channel.CallbackVerification.Rejected;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.UnionPaySandbox;
import org.shengshi.payment.testsupport.UnionPaySandbox.Tampered;

import static org.assertj.core.api.Assertions.assertThat;

class UnionPayNotificationVerificationTest {

	private static final UnionPaySandbox SANDBOX = new UnionPaySandbox();

	private final UnionPayChannel channel = new UnionPayChannel(SANDBOX.config(Duration.ofSeconds(1)));

	static List<Tampered> tamperedPaidNotifications() {
		return SANDBOX.tamperedVariants(SANDBOX.paidNotification("T20240301000001", Fen.of(1234)));
	}

	@Test
	void aGenuineConsumptionNotificationVerifies() {
		var request = SANDBOX.request(SANDBOX.signed(SANDBOX.paidNotification("T20240301000001", Fen.of(1234))));

		PaymentNotice notice = (PaymentNotice) ((Accepted) this.channel.parseCallback(request)).notice();

		assertThat(notice.outTradeNo()).isEqualTo("T20240301000001");
		assertThat(notice.amount()).isEqualTo(Fen.of(1234));
		assertThat(notice.state()).isEqualTo(TradeState.PAID);
		assertThat(notice.merchantId()).isEqualTo(UnionPaySandbox.MER_ID);
		assertThat(notice.appId()).isNull();
		assertThat(notice.notifyId()).isEqualTo("01:762403011015301234567");
	}

	@ParameterizedTest
	@CsvSource({ "00,PAID", "03,NOT_PAID", "04,NOT_PAID", "05,NOT_PAID", "01,FAILED", "12,FAILED", "61,FAILED" })
	void respCodesMap(String respCode, TradeState state) {
		Map<String, String> fields = SANDBOX.paidNotification("T1", Fen.of(1));
		fields.put("respCode", respCode);

		var result = this.channel.parseCallback(SANDBOX.request(SANDBOX.signed(fields)));

		assertThat(((PaymentNotice) ((Accepted) result).notice()).state()).isEqualTo(state);
	}

	@Test
	void aRefundNotificationNamesTheRefundAndEchoesTheOrder() {
		Map<String, String> fields = SANDBOX.paidNotification("R20240302000001", Fen.of(500));
		fields.put("txnType", "04");
		fields.put("txnSubType", "00");
		fields.put("origQryId", "762403011015301234567");
		fields.put("reqReserved", "T20240301000001");

		RefundNotice notice = (RefundNotice) ((Accepted) this.channel
			.parseCallback(SANDBOX.request(SANDBOX.signed(fields)))).notice();

		assertThat(notice.outRefundNo()).isEqualTo("R20240302000001");
		assertThat(notice.outTradeNo()).isEqualTo("T20240301000001");
		assertThat(notice.refund()).isEqualTo(Fen.of(500));
		assertThat(notice.state()).isEqualTo(RefundState.SUCCEEDED);
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

		assertThat(variants).hasSizeGreaterThanOrEqualTo(40);
		assertThat(accepted).as("%d tampered variants accepted", variants.size()).isZero();
	}

}

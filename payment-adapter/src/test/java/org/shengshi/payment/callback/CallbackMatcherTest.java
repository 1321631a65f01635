package org.shengshi.payment.callback;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.order.PaymentOrder;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackMatcherTest {

	private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

	private static final PaymentOrder ORDER = PaymentOrder.create("id-1", "CASE-1", "T1", ChannelId.WECHAT,
			Fen.of(5000), "fee", "payer", NOW.plusSeconds(1800), NOW);

	private static final OrderExpectation EXPECTED = new OrderExpectation(ORDER,
			new ChannelIdentity("1900000109", "wx1"));

	private static PaymentNotice paid(ChannelId channel, String outTradeNo, long fen, String merchant, String app) {
		return new PaymentNotice(channel, "N1", outTradeNo, "420", TradeState.PAID, Fen.of(fen), merchant, app, NOW);
	}

	@Test
	void aNoticeThatNamesOurOrderMerchantAppAndAmountMatches() {
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T1", 5000, "1900000109", "wx1"), EXPECTED)).isEmpty();
	}

	@Test
	void eachDisagreementIsNamed() {
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T1", 4999, "1900000109", "wx1"), EXPECTED))
			.containsExactly(Mismatch.AMOUNT);
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T1", 5001, "1900000109", "wx1"), EXPECTED))
			.containsExactly(Mismatch.AMOUNT);
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T1", 5000, "1900000110", "wx1"), EXPECTED))
			.containsExactly(Mismatch.MERCHANT);
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T1", 5000, "1900000109", "wx2"), EXPECTED))
			.containsExactly(Mismatch.APP_ID);
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T2", 5000, "1900000109", "wx1"), EXPECTED))
			.containsExactly(Mismatch.ORDER);
		assertThat(CallbackMatcher.check(paid(ChannelId.ALIPAY, "T1", 5000, "1900000109", "wx1"), EXPECTED))
			.containsExactly(Mismatch.CHANNEL);
		assertThat(CallbackMatcher.check(paid(ChannelId.ALIPAY, "T9", 1, "x", "y"), EXPECTED))
			.isEqualTo(Set.of(Mismatch.CHANNEL, Mismatch.ORDER, Mismatch.AMOUNT, Mismatch.MERCHANT, Mismatch.APP_ID));
	}

	@Test
	void aChannelWithoutAppIdIsNotFaultedForIt() {
		assertThat(CallbackMatcher.check(paid(ChannelId.WECHAT, "T1", 5000, "1900000109", null), EXPECTED)).isEmpty();
	}

	@Test
	void aRefundNoticeIsCheckedAgainstTheRefundWeAskedFor() {
		RefundNotice ok = new RefundNotice(ChannelId.WECHAT, "N2", "T1", "R1", "500", RefundState.SUCCEEDED,
				Fen.of(2000), null, "1900000109", null);
		assertThat(CallbackMatcher.check(ok, EXPECTED, "R1", Fen.of(2000))).isEmpty();
		assertThat(CallbackMatcher.check(ok, EXPECTED, "R2", Fen.of(2000))).containsExactly(Mismatch.REFUND);
		assertThat(CallbackMatcher.check(ok, EXPECTED, "R1", Fen.of(1999))).containsExactly(Mismatch.AMOUNT);

		RefundNotice alipayStyle = new RefundNotice(ChannelId.WECHAT, "N3", "T1", "R1", "500", RefundState.SUCCEEDED,
				null, Fen.of(5001), "1900000109", "wx1");
		assertThat(CallbackMatcher.check(alipayStyle, EXPECTED, "R1", Fen.of(2000)))
			.containsExactly(Mismatch.REFUND_EXCEEDS_PAID);

		RefundNotice withoutOrderNumber = new RefundNotice(ChannelId.WECHAT, "N4", null, "R1", "500",
				RefundState.SUCCEEDED, Fen.of(2000), null, "1900000109", null);
		assertThat(CallbackMatcher.check(withoutOrderNumber, EXPECTED, "R1", Fen.of(2000))).isEmpty();
	}

}

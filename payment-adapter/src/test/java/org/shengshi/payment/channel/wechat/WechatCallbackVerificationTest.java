package org.shengshi.payment.channel.wechat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.payment.channel.CallbackReply;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.Accepted;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.CallbackVerification.Rejected;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.WechatNotifications;
import org.shengshi.payment.testsupport.WechatNotifications.Parts;
import org.shengshi.payment.testsupport.WechatNotifications.Tampered;

import static org.assertj.core.api.Assertions.assertThat;

class WechatCallbackVerificationTest {

	private static final Instant NOW = Instant.parse("2024-03-01T02:15:31Z");

	private static final WechatNotifications NOTIFICATIONS = new WechatNotifications();

	private final WechatPayChannel channel = new WechatPayChannel(NOTIFICATIONS.config(NOW));

	private static Parts paid() {
		return NOTIFICATIONS.paidParts("T20240301000001", Fen.of(5000), NOW);
	}

	static List<Tampered> tamperedPaidNotifications() {
		return NOTIFICATIONS.tamperedVariants(paid());
	}

	@Test
	void aGenuinePaidNotificationVerifiesAndDecrypts() {
		CallbackVerification result = this.channel.parseCallback(NOTIFICATIONS.signed(paid()));

		assertThat(result).isInstanceOf(Accepted.class);
		PaymentNotice notice = (PaymentNotice) ((Accepted) result).notice();
		assertThat(notice.channel()).isEqualTo(ChannelId.WECHAT);
		assertThat(notice.notifyId()).isEqualTo("EV-2018022511223320873");
		assertThat(notice.outTradeNo()).isEqualTo("T20240301000001");
		assertThat(notice.state()).isEqualTo(TradeState.PAID);
		assertThat(notice.amount()).isEqualTo(Fen.of(5000));
		assertThat(notice.merchantId()).isEqualTo(WechatNotifications.MCH_ID);
		assertThat(notice.appId()).isEqualTo(WechatNotifications.APP_ID);
		assertThat(notice.paidAt()).isEqualTo(Instant.parse("2024-03-01T02:15:30Z"));
	}

	@Test
	void aGenuineRefundNotificationVerifiesAndDecrypts() {
		Parts refund = NOTIFICATIONS.refundParts("T20240301000001", "R20240302000001", Fen.of(2000), Fen.of(5000), NOW);

		CallbackVerification result = this.channel.parseCallback(NOTIFICATIONS.signed(refund));

		RefundNotice notice = (RefundNotice) ((Accepted) result).notice();
		assertThat(notice.outRefundNo()).isEqualTo("R20240302000001");
		assertThat(notice.outTradeNo()).isEqualTo("T20240301000001");
		assertThat(notice.state()).isEqualTo(RefundState.SUCCEEDED);
		assertThat(notice.refund()).isEqualTo(Fen.of(2000));
		assertThat(notice.merchantId()).isEqualTo(WechatNotifications.MCH_ID);
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

		assertThat(variants).hasSizeGreaterThanOrEqualTo(30);
		assertThat(accepted).as("%d tampered variants accepted", variants.size()).isZero();
	}

	@Test
	void aSignedNotificationOfAnUnexpectedEventIsMalformed() {
		Parts parts = paid();
		parts.envelope().put("event_type", "TRANSACTION.SOMETHING");

		CallbackVerification result = this.channel.parseCallback(NOTIFICATIONS.signed(parts));

		assertThat(((Rejected) result).reason()).isEqualTo(RejectReason.MALFORMED);
	}

	@Test
	void aSignedBodyThatIsNotJsonIsMalformedNotAnException() {
		var request = NOTIFICATIONS.request("<xml>not json</xml>", Long.toString(NOW.getEpochSecond()), "N1",
				org.shengshi.payment.testsupport.TestKeys.of("wechat-platform").serialHex(),
				org.shengshi.payment.testsupport.TestKeys.of("wechat-platform").privateKey());

		assertThat(((Rejected) this.channel.parseCallback(request)).reason()).isEqualTo(RejectReason.MALFORMED);
	}

	@Test
	void repliesAre204OnSuccessAndAJsonFailOtherwise() {
		assertThat(this.channel.acknowledge().status()).isEqualTo(204);
		CallbackReply refusal = this.channel.refuse("验签失败");
		assertThat(refusal.status()).isBetween(400, 599);
		assertThat(refusal.contentType()).isEqualTo("application/json");
		assertThat(refusal.body()).contains("\"code\":\"FAIL\"").contains("验签失败");
	}

}

package org.shengshi.payment.channel.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification.Accepted;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.CallbackVerification.Rejected;
import org.shengshi.payment.channel.Outcome;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.PrepayRequest;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxChannelTest {

	private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

	private final SandboxChannel sandbox = new SandboxChannel(Clock.fixed(NOW, ZoneOffset.UTC),
			"dev-secret".getBytes(StandardCharsets.UTF_8));

	private static PrepayRequest prepay(String outTradeNo, long fen) {
		return new PrepayRequest(outTradeNo, Fen.of(fen), "fee", null, NOW, NOW.plus(Duration.ofMinutes(30)));
	}

	@Test
	void aPaidOrderIsQueryableAndItsCallbackVerifies() {
		assertThat(this.sandbox.createOrder(prepay("T1", 5000)).outcome()).isEqualTo(Outcome.OK);
		CallbackRequest callback = this.sandbox.pay("T1");

		PaymentNotice notice = (PaymentNotice) ((Accepted) this.sandbox.parseCallback(callback)).notice();

		assertThat(notice.state()).isEqualTo(TradeState.PAID);
		assertThat(notice.amount()).isEqualTo(Fen.of(5000));
		assertThat(notice.merchantId()).isEqualTo(SandboxChannel.MERCHANT_ID);
		assertThat(this.sandbox.query(new TradeRef("T1", NOW)).value().state()).isEqualTo(TradeState.PAID);
		assertThat(this.sandbox.close(new TradeRef("T1", NOW)).code()).isEqualTo("ORDER_PAID");
	}

	@Test
	void magicAmountsDeclineOrLoseThePreOrderAnswer() {
		assertThat(this.sandbox.createOrder(prepay("T401", 1401)).outcome()).isEqualTo(Outcome.DEFINITIVE_FAILURE);
		assertThat(this.sandbox.createOrder(prepay("T504", 1504)).outcome()).isEqualTo(Outcome.UNKNOWN);
		// the lost answer still created the order: the query finds it
		assertThat(this.sandbox.query(new TradeRef("T504", NOW)).value().state()).isEqualTo(TradeState.NOT_PAID);
		assertThat(this.sandbox.query(new TradeRef("T401", NOW)).value().state()).isEqualTo(TradeState.NOT_FOUND);
	}

	@Test
	void refundsAreIdempotentByRefundNumberAndNeverExceedThePayment() {
		this.sandbox.createOrder(prepay("T1", 5000));
		this.sandbox.pay("T1");
		TradeRef trade = new TradeRef("T1", NOW);

		assertThat(this.sandbox.refund(new RefundRequest(trade, null, "R1", Fen.of(3000), Fen.of(5000), null, NOW))
			.outcome()).isEqualTo(Outcome.OK);
		assertThat(this.sandbox.refund(new RefundRequest(trade, null, "R1", Fen.of(3000), Fen.of(5000), null, NOW))
			.outcome()).isEqualTo(Outcome.OK);
		assertThat(
				this.sandbox.refund(new RefundRequest(trade, null, "R2", Fen.of(2001), Fen.of(5000), null, NOW)).code())
			.isEqualTo("REFUND_EXCEEDS_PAID");
		RefundNotice notice = (RefundNotice) ((Accepted) this.sandbox
			.parseCallback(this.sandbox.refundCallback("T1", "R1"))).notice();
		assertThat(notice.refund()).isEqualTo(Fen.of(3000));

		var lines = this.sandbox.downloadStatement(LocalDate.of(2024, 3, 1)).value().lines();
		assertThat(lines).extracting(StatementLine::type, StatementLine::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StatementLine.Type.PAYMENT, Fen.of(5000)),
					org.assertj.core.groups.Tuple.tuple(StatementLine.Type.REFUND, Fen.of(3000)));
	}

	@Test
	void aForgedOrAlteredSandboxCallbackIsRejected() {
		this.sandbox.createOrder(prepay("T1", 5000));
		CallbackRequest genuine = this.sandbox.pay("T1");
		Map<String, String> headers = new LinkedHashMap<>(genuine.headers());

		CallbackRequest altered = CallbackRequest.of(headers, genuine.bodyAsUtf8().replace("5000", "1"));
		assertThat(((Rejected) this.sandbox.parseCallback(altered)).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);

		SandboxChannel other = new SandboxChannel(Clock.fixed(NOW, ZoneOffset.UTC),
				"other".getBytes(StandardCharsets.UTF_8));
		assertThat(other.parseCallback(genuine).isAccepted()).isFalse();

		SandboxChannel later = new SandboxChannel(Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC),
				"dev-secret".getBytes(StandardCharsets.UTF_8));
		assertThat(((Rejected) later.parseCallback(genuine)).reason()).isEqualTo(RejectReason.STALE_TIMESTAMP);
	}

}

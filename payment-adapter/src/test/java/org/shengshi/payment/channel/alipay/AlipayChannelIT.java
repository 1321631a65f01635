package org.shengshi.payment.channel.alipay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.Outcome;
import org.shengshi.payment.channel.PrepayRequest;
import org.shengshi.payment.channel.PrepayResult;
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.AlipaySandbox;
import org.shengshi.payment.testsupport.AlipaySandbox.BillRow;
import org.shengshi.payment.testsupport.AlipaySandbox.Operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AlipayChannelIT {

	private static final Instant CREATED = Instant.now();

	private static final TradeRef TRADE = new TradeRef("T20240301000001", CREATED);

	private static AlipaySandbox sandbox;

	private static AlipayChannel channel;

	@BeforeAll
	static void startSandbox() {
		sandbox = new AlipaySandbox();
		channel = new AlipayChannel(sandbox.config(Duration.ofMillis(1000)));
		// warm every path once: the first exchanges of a cold JVM are slow
		sandbox.acceptsPrecreate();
		channel.createOrder(prepay());
		channel.query(TRADE);
		channel.refund(refund());
		channel.downloadStatement(LocalDate.of(2024, 3, 1));
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@BeforeEach
	void resetSandbox() {
		sandbox.reset();
	}

	private static PrepayRequest prepay() {
		return new PrepayRequest(TRADE.outTradeNo(), Fen.of(8888), "居住证工本费", null, CREATED,
				CREATED.plus(Duration.ofMinutes(30)));
	}

	private static RefundRequest refund() {
		return new RefundRequest(TRADE, null, "R1", Fen.of(2000), Fen.of(8888), "申请撤回", CREATED);
	}

	@Test
	void aPrecreateReturnsTheQrCodeAndIsSignedWithTheAppKey() {
		sandbox.acceptsPrecreate();

		ChannelResult<PrepayResult> result = channel.createOrder(prepay());

		assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
		assertThat(result.value().value()).isEqualTo("https://qr.alipay.com/bax0sandbox");
		var request = sandbox.requests(Operation.PRECREATE).get(0);
		assertThat(sandbox.isSignedByApp(request)).isTrue();
		assertThat(request.getBodyAsString()).contains("sign_type=RSA2").contains("%22total_amount%22%3A%2288.88%22");
	}

	@Test
	void aBusinessRefusalIsDefinitiveAndASystemErrorIsUnknown() {
		sandbox.refuses(Operation.PRECREATE, "ACQ.TOTAL_FEE_EXCEED");
		var refused = channel.createOrder(prepay());
		assertThat(refused.outcome()).isEqualTo(Outcome.DEFINITIVE_FAILURE);
		assertThat(refused.code()).isEqualTo("ACQ.TOTAL_FEE_EXCEED");

		sandbox.refuses(Operation.PRECREATE, "ACQ.SYSTEM_ERROR");
		assertThat(channel.createOrder(prepay()).outcome()).isEqualTo(Outcome.UNKNOWN);
	}

	@Test
	void anAnswerWithABadSignatureIsUnknownNotTrusted() {
		sandbox.returnsBadlySignedOn(Operation.PRECREATE);

		var result = channel.createOrder(prepay());

		assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result.code()).isEqualTo("BAD_RESPONSE_SIGNATURE");
	}

	@Test
	void aQueryReadsThePaidAmountInFen() {
		sandbox.reportsPaid(TRADE.outTradeNo(), Fen.of(8888));

		var result = channel.query(TRADE);

		assertThat(result.value().state()).isEqualTo(TradeState.PAID);
		assertThat(result.value().amount()).isEqualTo(Fen.of(8888));
	}

	@Test
	void aTradeAlipayDoesNotKnowIsNotFoundAndClosesAsAlreadyClosed() {
		sandbox.refuses(Operation.QUERY, "ACQ.TRADE_NOT_EXIST");
		sandbox.refuses(Operation.CLOSE, "ACQ.TRADE_NOT_EXIST");

		assertThat(channel.query(TRADE).value().state()).isEqualTo(TradeState.NOT_FOUND);
		assertThat(channel.close(TRADE).value().alreadyClosed()).isTrue();
	}

	@Test
	void closingAPaidTradeIsSettledByQueryAsOrderPaid() {
		sandbox.refuses(Operation.CLOSE, "ACQ.TRADE_STATUS_ERROR");
		sandbox.reportsPaid(TRADE.outTradeNo(), Fen.of(8888));

		var result = channel.close(TRADE);

		assertThat(result.outcome()).isEqualTo(Outcome.DEFINITIVE_FAILURE);
		assertThat(result.code()).isEqualTo("ORDER_PAID");
	}

	@Test
	void aRefundSucceedsAndIsConfirmedByQuery() {
		sandbox.acceptsRefund(Fen.of(2000)).reportsRefunded(Fen.of(2000));

		assertThat(channel.refund(refund()).value().state()).isEqualTo(RefundState.SUCCEEDED);
		var queried = channel.queryRefund(refund().refundRef());
		assertThat(queried.value().state()).isEqualTo(RefundState.SUCCEEDED);
		assertThat(queried.value().refund()).isEqualTo(Fen.of(2000));
	}

	@Test
	void theBillZipIsDownloadedAndItsDetailParsed() {
		LocalDate day = LocalDate.of(2024, 3, 1);
		Instant at = Instant.parse("2024-03-01T02:15:30Z");
		sandbox.statementFor(day, List.of(new BillRow("交易", "T1", Fen.of(8888), null, at),
				new BillRow("退款", "T1", Fen.of(2000), "R1", at)));

		ChannelResult<Statement> result = channel.downloadStatement(day);

		assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
		assertThat(result.value().lines())
			.extracting(StatementLine::type, StatementLine::outTradeNo, StatementLine::outRefundNo,
					StatementLine::amount)
			.containsExactly(tuple(StatementLine.Type.PAYMENT, "T1", null, Fen.of(8888)),
					tuple(StatementLine.Type.REFUND, "T1", "R1", Fen.of(2000)));
	}

	static Stream<Arguments> everyOperationAndFault() {
		List<Arguments> cases = new ArrayList<>();
		for (Operation operation : Operation.values()) {
			for (String fault : List.of("TIMEOUT", "IO_ERROR", "MALFORMED_RESPONSE", "HTTP_5XX")) {
				cases.add(Arguments.of(operation, fault));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} with {1} is UNKNOWN")
	@MethodSource("everyOperationAndFault")
	void everyChannelFaultIsUnknownNeverAFailure(Operation operation, String fault) {
		switch (fault) {
			case "TIMEOUT" -> sandbox.timesOutOn(operation);
			case "IO_ERROR" -> sandbox.resetsConnectionOn(operation);
			case "MALFORMED_RESPONSE" -> sandbox.returnsMalformedBodyOn(operation);
			default -> sandbox.returns500On(operation);
		}

		ChannelResult<?> result = switch (operation) {
			case PRECREATE -> channel.createOrder(prepay());
			case QUERY -> channel.query(TRADE);
			case CLOSE -> channel.close(TRADE);
			case REFUND -> channel.refund(refund());
			case REFUND_QUERY -> channel.queryRefund(refund().refundRef());
			case BILL -> channel.downloadStatement(LocalDate.of(2024, 3, 1));
		};

		assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result.code()).isEqualTo(fault);
	}

}

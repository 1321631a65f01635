package org.shengshi.payment.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.shengshi.payment.testsupport.WechatPaySandbox;
import org.shengshi.payment.testsupport.WechatPaySandbox.BillRow;
import org.shengshi.payment.testsupport.WechatPaySandbox.Operation;

import static org.assertj.core.api.Assertions.assertThat;

class WechatPayChannelIT {

	private static final Duration READ_TIMEOUT = Duration.ofMillis(1000);

	private static final Instant CREATED = Instant.now();

	private static final TradeRef TRADE = new TradeRef("T20240301000001", CREATED);

	private static WechatPaySandbox sandbox;

	private static WechatPayChannel channel;

	@BeforeAll
	static void startSandbox() {
		sandbox = new WechatPaySandbox();
		channel = new WechatPayChannel(sandbox.config(READ_TIMEOUT));
		// the first exchange of a cold JVM is slow; keep it out of the timed tests
		sandbox.reportsNotFound();
		sandbox.acceptsPrepay();
		channel.query(TRADE);
		channel.createOrder(prepay(null));
		channel.close(TRADE);
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

	private static PrepayRequest prepay(String openid) {
		return new PrepayRequest(TRADE.outTradeNo(), Fen.of(5000), "居住证工本费", openid, CREATED,
				CREATED.plus(Duration.ofMinutes(30)));
	}

	private static RefundRequest refund() {
		return new RefundRequest(TRADE, "4200001", "R20240302000001", Fen.of(2000), Fen.of(5000), "申请撤回", CREATED);
	}

	@Test
	void aNativePrepayReturnsTheQrCodeAndIsSignedWithTheMerchantKey() {
		sandbox.acceptsPrepay();

		ChannelResult<PrepayResult> result = channel.createOrder(prepay(null));

		assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
		assertThat(result.value())
			.isEqualTo(new PrepayResult(PrepayResult.Kind.QR_CODE, "weixin://wxpay/bizpayurl?pr=sandbox01"));
		var requests = sandbox.requests(Operation.PREPAY);
		assertThat(requests).hasSize(1);
		assertThat(sandbox.isSignedByMerchant(requests.get(0))).isTrue();
		assertThat(requests.get(0).getUrl()).isEqualTo("/v3/pay/transactions/native");
		assertThat(requests.get(0).getBodyAsString()).contains("\"out_trade_no\":\"T20240301000001\"")
			.contains("\"total\":5000")
			.contains("\"currency\":\"CNY\"");
	}

	@Test
	void aJsapiPrepayReturnsThePrepayId() {
		sandbox.acceptsPrepay();

		ChannelResult<PrepayResult> result = channel.createOrder(prepay("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));

		assertThat(result.value().kind()).isEqualTo(PrepayResult.Kind.PREPAY_ID);
		assertThat(sandbox.requests(Operation.PREPAY).get(0).getUrl()).isEqualTo("/v3/pay/transactions/jsapi");
	}

	@Test
	void aPrepayRefusedWithA4xxCodeIsADefinitiveFailure() {
		sandbox.rejectsPrepay("PARAM_ERROR");

		ChannelResult<PrepayResult> result = channel.createOrder(prepay(null));

		assertThat(result.outcome()).isEqualTo(Outcome.DEFINITIVE_FAILURE);
		assertThat(result.code()).isEqualTo("PARAM_ERROR");
	}

	enum Fault {

		TIMEOUT("TIMEOUT"), CONNECTION_RESET("IO_ERROR"), MALFORMED_BODY(null), SERVER_ERROR("HTTP_5XX");

		final String code;

		Fault(String code) {
			this.code = code;
		}

	}

	static Stream<Arguments> everyOperationAndFault() {
		List<Arguments> cases = new ArrayList<>();
		for (Operation operation : Operation.values()) {
			for (Fault fault : Fault.values()) {
				cases.add(Arguments.of(operation, fault));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} with {1} is UNKNOWN")
	@MethodSource("everyOperationAndFault")
	void everyChannelFaultIsUnknownNeverAFailure(Operation operation, Fault fault) {
		switch (fault) {
			case TIMEOUT -> sandbox.timesOutOn(operation);
			case CONNECTION_RESET -> sandbox.resetsConnectionOn(operation);
			case MALFORMED_BODY -> sandbox.returnsMalformedBodyOn(operation);
			case SERVER_ERROR -> sandbox.returns500On(operation);
		}
		long started = System.nanoTime();

		ChannelResult<?> result = call(operation);

		assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
		if (fault.code != null) {
			assertThat(result.code()).isEqualTo(fault.code);
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void anUnsignedSuccessAnswerIsUnknownNotTrusted() {
		sandbox.returnsUnsignedOn(Operation.PREPAY, "{\"code_url\":\"weixin://forged\"}");

		ChannelResult<PrepayResult> result = channel.createOrder(prepay(null));

		assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result.code()).isEqualTo("BAD_RESPONSE_SIGNATURE");
	}

	@Test
	void aQueryReadsThePaidStateAndAmount() {
		sandbox.reportsPaid(TRADE.outTradeNo(), Fen.of(5000));

		var result = channel.query(TRADE);

		assertThat(result.outcome()).isEqualTo(Outcome.OK);
		assertThat(result.value().state()).isEqualTo(TradeState.PAID);
		assertThat(result.value().amount()).isEqualTo(Fen.of(5000));
		assertThat(result.value().paidAt()).isEqualTo(Instant.parse("2024-03-01T02:15:30Z"));
		assertThat(sandbox.requests(Operation.QUERY).get(0).getUrl())
			.isEqualTo("/v3/pay/transactions/out-trade-no/T20240301000001?mchid=1900000109");
	}

	@Test
	void anOrderUnknownToWechatIsAnOkNotFound() {
		sandbox.reportsNotFound();

		assertThat(channel.query(TRADE).value().state()).isEqualTo(TradeState.NOT_FOUND);
	}

	@Test
	void closeIsOkAndClosingAPaidOrderSaysSo() {
		sandbox.acceptsClose();
		var closed = channel.close(TRADE);
		assertThat(closed.outcome()).as(closed.toString()).isEqualTo(Outcome.OK);
		assertThat(sandbox.isSignedByMerchant(sandbox.requests(Operation.CLOSE).get(0))).isTrue();

		sandbox.reset();
		sandbox.reportsPaidOnClose();
		var paid = channel.close(TRADE);
		assertThat(paid.outcome()).isEqualTo(Outcome.DEFINITIVE_FAILURE);
		assertThat(paid.code()).isEqualTo("ORDER_PAID");
	}

	@Test
	void aRefundIsAcceptedThenQueriedToSuccess() {
		sandbox.acceptsRefund("R20240302000001", Fen.of(2000), "PROCESSING");
		sandbox.reportsRefund("R20240302000001", Fen.of(2000), "SUCCESS");

		var accepted = channel.refund(refund());
		var queried = channel.queryRefund(refund().refundRef());

		assertThat(accepted.value().state()).isEqualTo(RefundState.PROCESSING);
		assertThat(queried.value().state()).isEqualTo(RefundState.SUCCEEDED);
		assertThat(queried.value().refund()).isEqualTo(Fen.of(2000));
		assertThat(sandbox.requests(Operation.REFUND).get(0).getBodyAsString()).contains("\"refund\":2000")
			.contains("\"total\":5000");
	}

	@Test
	void theBillIsDownloadedCheckedAndParsed() {
		LocalDate day = LocalDate.of(2024, 3, 1);
		Instant at = Instant.parse("2024-03-01T02:15:30Z");
		sandbox.statementFor(day, List.of(BillRow.payment("T1", Fen.of(5000), at), BillRow.payment("T2", Fen.of(1), at),
				BillRow.refund("T1", "R1", Fen.of(2000), at)));

		ChannelResult<Statement> result = channel.downloadStatement(day);

		assertThat(result.outcome()).isEqualTo(Outcome.OK);
		assertThat(result.value().lines())
			.extracting(StatementLine::type, StatementLine::outTradeNo, StatementLine::outRefundNo,
					StatementLine::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StatementLine.Type.PAYMENT, "T1", null, Fen.of(5000)),
					org.assertj.core.groups.Tuple.tuple(StatementLine.Type.PAYMENT, "T2", null, Fen.of(1)),
					org.assertj.core.groups.Tuple.tuple(StatementLine.Type.REFUND, "T1", "R1", Fen.of(2000)));
		assertThat(result.value().lines().get(0).time()).isEqualTo(at);
	}

	@Test
	void aBillThatDoesNotMatchItsHashIsUnknown() {
		LocalDate day = LocalDate.of(2024, 3, 1);
		sandbox.statementWithWrongHashFor(day, List.of(BillRow.payment("T1", Fen.of(5000), Instant.now())));

		ChannelResult<Statement> result = channel.downloadStatement(day);

		assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result.code()).isEqualTo("MALFORMED_RESPONSE");
	}

	private static ChannelResult<?> call(Operation operation) {
		Function<Operation, ChannelResult<?>> dispatch = (op) -> switch (op) {
			case PREPAY -> channel.createOrder(prepay(null));
			case QUERY -> channel.query(TRADE);
			case CLOSE -> channel.close(TRADE);
			case REFUND -> channel.refund(refund());
			case QUERY_REFUND -> channel.queryRefund(refund().refundRef());
			case STATEMENT -> channel.downloadStatement(LocalDate.of(2024, 3, 1));
		};
		return dispatch.apply(operation);
	}

}

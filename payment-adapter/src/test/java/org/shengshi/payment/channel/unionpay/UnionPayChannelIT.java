package org.shengshi.payment.channel.unionpay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.StatementLine;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.money.Fen;
import org.shengshi.payment.testsupport.UnionPaySandbox;
import org.shengshi.payment.testsupport.UnionPaySandbox.Operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UnionPayChannelIT {

	private static final Instant CREATED = Instant.now();

	private static final TradeRef TRADE = new TradeRef("T20240301000001", CREATED);

	private static UnionPaySandbox sandbox;

	private static UnionPayChannel channel;

	@BeforeAll
	static void startSandbox() {
		sandbox = new UnionPaySandbox().start();
		channel = new UnionPayChannel(sandbox.config(Duration.ofMillis(1000)));
		// warm every path once: the first exchanges of a cold JVM are slow
		sandbox.acceptsQrApply();
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
		return new PrepayRequest(TRADE.outTradeNo(), Fen.of(1234), "居住证工本费", null, CREATED,
				CREATED.plus(Duration.ofMinutes(30)));
	}

	private static RefundRequest refund() {
		return new RefundRequest(TRADE, "762403011015301234567", "R1", Fen.of(500), Fen.of(1234), null, CREATED);
	}

	@Test
	void aQrApplyReturnsTheQrCode() {
		sandbox.acceptsQrApply();

		var result = channel.createOrder(prepay());

		assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
		assertThat(result.value().value()).isEqualTo("https://qr.95516.com/00010000/sandbox");
	}

	@Test
	void respCodesSplitIntoDefinitiveAndUnknown() {
		sandbox.answers(Operation.QR_APPLY, Map.of("respCode", "12", "respMsg", "重复交易"));
		assertThat(channel.createOrder(prepay()).outcome()).isEqualTo(Outcome.DEFINITIVE_FAILURE);
		sandbox.answers(Operation.QR_APPLY, Map.of("respCode", "03", "respMsg", "交易通讯超时"));
		assertThat(channel.createOrder(prepay()).outcome()).isEqualTo(Outcome.UNKNOWN);
	}

	@Test
	void aQueryReadsTheOriginalResponseAndAmount() {
		sandbox.reportsPaid(Fen.of(1234));

		var result = channel.query(TRADE);

		assertThat(result.value().state()).isEqualTo(TradeState.PAID);
		assertThat(result.value().amount()).isEqualTo(Fen.of(1234));
		assertThat(result.value().channelTradeNo()).isEqualTo("762403011015301234567");
	}

	@Test
	void closingChecksByQueryThatNothingWasPaid() {
		sandbox.answers(Operation.QUERY, Map.of("respCode", "34", "respMsg", "查无此交易"));
		assertThat(channel.close(TRADE).value().alreadyClosed()).isTrue();

		sandbox.reportsPaid(Fen.of(1234));
		assertThat(channel.close(TRADE).code()).isEqualTo("ORDER_PAID");
	}

	@Test
	void theZmSettlementFileIsInflatedUnzippedAndParsedOverItsSettlementPeriod() {
		LocalDate day = LocalDate.of(2024, 3, 1);
		Instant morning = Instant.parse("2024-03-01T02:15:30Z");
		Instant eveningBefore = Instant.parse("2024-02-29T15:30:00Z");
		sandbox.statementFor(day, List.of(UnionPaySandbox.ZmRow.payment("T1", Fen.of(1234), morning),
				UnionPaySandbox.ZmRow.refund("R1", UnionPaySandbox.queryIdOf("T1", "01"), Fen.of(500), eveningBefore)));

		var result = channel.downloadStatement(day);

		assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
		assertThat(result.value().lines())
			.extracting(StatementLine::type, StatementLine::outTradeNo, StatementLine::outRefundNo,
					StatementLine::channelTradeNo, StatementLine::amount, StatementLine::time)
			.containsExactly(
					tuple(StatementLine.Type.PAYMENT, "T1", null, UnionPaySandbox.queryIdOf("T1", "01"), Fen.of(1234),
							morning),
					tuple(StatementLine.Type.REFUND, null, "R1", UnionPaySandbox.queryIdOf("R1", "04"), Fen.of(500),
							eveningBefore));
		assertThat(result.value().covers(eveningBefore)).isTrue();
		assertThat(result.value().covers(Instant.parse("2024-03-01T15:00:00Z"))).isFalse();
		assertThat(sandbox.requests(Operation.FILE)).singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString()).contains("settleDate=0301"));
	}

	@Test
	void aSettlementFileWithATransactionTypeWeDoNotReadIsUnknownNotAnEmptyDay() {
		sandbox.statementFor(LocalDate.of(2024, 3, 1),
				List.of(new UnionPaySandbox.ZmRow("31", "T1", "1", Fen.of(1), Instant.now(), "")));

		assertThat(channel.downloadStatement(LocalDate.of(2024, 3, 1)).outcome()).isEqualTo(Outcome.UNKNOWN);
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
			case QR_APPLY -> channel.createOrder(prepay());
			case QUERY -> channel.query(TRADE);
			case REFUND -> channel.refund(refund());
			case FILE -> channel.downloadStatement(LocalDate.of(2024, 3, 1));
		};

		assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.UNKNOWN);
		if (!(operation == Operation.REFUND && fault.equals("MALFORMED_RESPONSE"))) {
			assertThat(result.code()).isEqualTo(fault);
		}
	}

}

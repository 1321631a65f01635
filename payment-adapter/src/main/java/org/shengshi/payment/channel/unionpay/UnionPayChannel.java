package org.shengshi.payment.channel.unionpay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shengshi.payment.channel.CallbackReply;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.ChannelIdentity;
import org.shengshi.payment.channel.ChannelResult;
import org.shengshi.payment.channel.CloseResult;
import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.PrepayRequest;
import org.shengshi.payment.channel.PrepayResult;
import org.shengshi.payment.channel.RefundRef;
import org.shengshi.payment.channel.RefundRequest;
import org.shengshi.payment.channel.RefundSnapshot;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.Statement;
import org.shengshi.payment.channel.TradeRef;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.channel.support.ChannelHttp;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.Guarded;
import org.shengshi.payment.channel.support.HttpReply;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.channel.support.UnexpectedStatusException;
import org.shengshi.payment.channel.support.UnverifiedResponseException;
import org.shengshi.payment.money.Fen;

import org.springframework.http.HttpMethod;

/**
 * UnionPay online payments. Every answer is a signed form; {@code respCode} 00 is
 * success, 03/04/05 and 5xx are UNKNOWN, 34 on a query is "not found", other codes are
 * definitive. UnionPay has no close for an unpaid QR order: the order carries
 * {@code payTimeout} = its expiry, and {@link #close} checks by query that it was not
 * paid. UnionPay gives the payment time only without a year ({@code traceTime}
 * MMddHHmmss), so {@code paidAt} is left {@code null}.
 */
public final class UnionPayChannel implements PaymentChannel {

	static final String BACK_TRANS = "/gateway/api/backTransReq.do";

	static final String QUERY_TRANS = "/gateway/api/queryTrans.do";

	static final String FILE_TRANS = "/gateway/api/fileTransReq.do";

	private static final DateTimeFormatter SETTLE_DATE = DateTimeFormatter.ofPattern("MMdd");

	private final UnionPayConfig config;

	private final ChannelHttp http;

	private final UnionPayNotifications notifications;

	public UnionPayChannel(UnionPayConfig config) {
		this.config = config;
		this.http = new ChannelHttp(config.gatewayUrl(), config.timeouts());
		this.notifications = new UnionPayNotifications(config);
	}

	@Override
	public ChannelId id() {
		return ChannelId.UNIONPAY;
	}

	@Override
	public ChannelIdentity identity() {
		return new ChannelIdentity(this.config.merId(), null);
	}

	@Override
	public ChannelResult<PrepayResult> createOrder(PrepayRequest request) {
		return Guarded.call("unionpay qr apply", () -> {
			Map<String, String> fields = common("01", "07", request.outTradeNo(), request.createdAt());
			fields.put("txnAmt", Long.toString(request.amount().value()));
			fields.put("currencyCode", "156");
			fields.put("backUrl", this.config.backUrl());
			fields.put("payTimeout", ChannelTime.format(request.expiresAt(), ChannelTime.COMPACT));
			Map<String, String> answer = send(BACK_TRANS, fields);
			String code = answer.get("respCode");
			if (!UnionPayCodes.SUCCESS.equals(code)) {
				return refusal(code, answer);
			}
			return ChannelResult.ok(new PrepayResult(PrepayResult.Kind.QR_CODE, required(answer, "qrCode")));
		});
	}

	@Override
	public ChannelResult<TradeSnapshot> query(TradeRef trade) {
		return Guarded.call("unionpay query", () -> {
			Map<String, String> answer = send(QUERY_TRANS, common("00", "00", trade.outTradeNo(), trade.createdAt()));
			String code = answer.get("respCode");
			if (UnionPayCodes.NOT_FOUND.equals(code)) {
				return ChannelResult.ok(TradeSnapshot.notFound(trade.outTradeNo()));
			}
			if (!UnionPayCodes.SUCCESS.equals(code)) {
				return refusal(code, answer);
			}
			TradeState state = UnionPayCodes.tradeState(required(answer, "origRespCode"));
			return ChannelResult.ok(new TradeSnapshot(trade.outTradeNo(), state,
					Fen.parseFen(required(answer, "txnAmt")), answer.get("queryId"), null));
		});
	}

	@Override
	public ChannelResult<CloseResult> close(TradeRef trade) {
		ChannelResult<TradeSnapshot> query = query(trade);
		if (!query.isOk()) {
			return query.withoutValue();
		}
		TradeState state = query.value().state();
		if (state == TradeState.PAID || state == TradeState.REFUNDED) {
			return ChannelResult.failure("ORDER_PAID", "paid at UnionPay before it could be closed");
		}
		return ChannelResult.ok(new CloseResult(true));
	}

	@Override
	public ChannelResult<RefundSnapshot> refund(RefundRequest request) {
		return Guarded.call("unionpay refund", () -> {
			if (request.channelTradeNo() == null) {
				throw new IllegalArgumentException("a UnionPay refund needs the original queryId");
			}
			Map<String, String> fields = common("04", "00", request.outRefundNo(), request.requestedAt());
			fields.put("origQryId", request.channelTradeNo());
			fields.put("txnAmt", Long.toString(request.refund().value()));
			fields.put("currencyCode", "156");
			fields.put("backUrl", this.config.backUrl());
			fields.put("reqReserved", request.trade().outTradeNo());
			Map<String, String> answer = send(BACK_TRANS, fields);
			String code = answer.get("respCode");
			if (!UnionPayCodes.SUCCESS.equals(code)) {
				return refusal(code, answer);
			}
			return ChannelResult.ok(new RefundSnapshot(request.outRefundNo(), RefundState.PROCESSING, request.refund(),
					answer.get("queryId")));
		});
	}

	@Override
	public ChannelResult<RefundSnapshot> queryRefund(RefundRef refund) {
		return Guarded.call("unionpay refund query", () -> {
			Map<String, String> answer = send(QUERY_TRANS,
					common("00", "00", refund.outRefundNo(), refund.requestedAt()));
			String code = answer.get("respCode");
			if (UnionPayCodes.NOT_FOUND.equals(code)) {
				return ChannelResult.ok(new RefundSnapshot(refund.outRefundNo(), RefundState.NOT_FOUND, null, null));
			}
			if (!UnionPayCodes.SUCCESS.equals(code)) {
				return refusal(code, answer);
			}
			return ChannelResult.ok(new RefundSnapshot(refund.outRefundNo(),
					UnionPayCodes.refundState(required(answer, "origRespCode")),
					Fen.parseFen(required(answer, "txnAmt")), answer.get("queryId")));
		});
	}

	/**
	 * The settlement file of {@code date} ({@code settleDate} MMdd); 98 (not ready) is
	 * UNKNOWN.
	 */
	@Override
	public ChannelResult<Statement> downloadStatement(LocalDate date) {
		return Guarded.call("unionpay file", () -> {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("version", "5.1.0");
			fields.put("encoding", "UTF-8");
			fields.put("signMethod", UnionPaySignature.RSA);
			fields.put("txnType", "76");
			fields.put("txnSubType", "01");
			fields.put("bizType", "000000");
			fields.put("accessType", "0");
			fields.put("merId", this.config.merId());
			fields.put("settleDate", SETTLE_DATE.format(date));
			fields.put("txnTime", ChannelTime.format(this.config.clock().instant(), ChannelTime.COMPACT));
			fields.put("fileType", "00");
			Map<String, String> answer = send(FILE_TRANS, fields);
			String code = answer.get("respCode");
			if (UnionPayCodes.FILE_NOT_READY.equals(code)) {
				return ChannelResult.unknown("FILE_NOT_READY", "the settlement file is not ready yet");
			}
			if (!UnionPayCodes.SUCCESS.equals(code)) {
				return refusal(code, answer);
			}
			return ChannelResult.ok(UnionPayFile.parse(required(answer, "fileContent"), date, this.config.merId()));
		});
	}

	@Override
	public CallbackVerification parseCallback(CallbackRequest request) {
		return this.notifications.parse(request);
	}

	/** UnionPay stops resending on HTTP 200. */
	@Override
	public CallbackReply acknowledge() {
		return new CallbackReply(200, "text/plain;charset=UTF-8", "ok");
	}

	@Override
	public CallbackReply refuse(String message) {
		return new CallbackReply(400, "text/plain;charset=UTF-8", "fail");
	}

	private Map<String, String> common(String txnType, String txnSubType, String orderId, Instant txnTime) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", "5.1.0");
		fields.put("encoding", "UTF-8");
		fields.put("signMethod", UnionPaySignature.RSA);
		fields.put("txnType", txnType);
		fields.put("txnSubType", txnSubType);
		fields.put("bizType", "000000");
		fields.put("channelType", "08");
		fields.put("accessType", "0");
		fields.put("merId", this.config.merId());
		fields.put("orderId", orderId);
		fields.put("txnTime", ChannelTime.format(txnTime, ChannelTime.COMPACT));
		return fields;
	}

	private Map<String, String> send(String path, Map<String, String> fields) {
		fields.put(UnionPaySignature.CERT_ID, this.config.signCertId());
		fields.put(UnionPaySignature.SIGNATURE, UnionPaySignature.sign(this.config.signKey(), fields));
		HttpReply reply = this.http.send(HttpMethod.POST, this.http.resolve(path),
				Map.of("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"),
				FormCodec.encode(fields).getBytes(StandardCharsets.UTF_8));
		if (!reply.isSuccess()) {
			throw new UnexpectedStatusException(reply);
		}
		Map<String, String> answer = FormCodec.parse(reply.bodyText());
		UnionPaySignature.check(this.config.verifyCertificates(), answer).ifPresent((reason) -> {
			throw new UnverifiedResponseException("UnionPay answer not verified: " + reason);
		});
		if (!this.config.merId().equals(answer.get("merId"))) {
			throw new MalformedMessageException("UnionPay answer for another merchant");
		}
		return answer;
	}

	private static <T> ChannelResult<T> refusal(String code, Map<String, String> answer) {
		if (code == null) {
			throw new MalformedMessageException("UnionPay answer without respCode");
		}
		if (UnionPayCodes.isInDoubt(code)) {
			return ChannelResult.unknown("RESP_" + code, "UnionPay: status unknown, query later");
		}
		return ChannelResult.failure("RESP_" + code, "UnionPay refused with respCode " + code);
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isEmpty()) {
			throw new MalformedMessageException("UnionPay answer lacks " + name);
		}
		return value;
	}

}

package org.shengshi.payment.channel.alipay;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.money.Fen;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

/**
 * Alipay through the OpenAPI gateway. Answers are JSON {@code {"<method>_response":
 * {...}, "sign": "..."}}: {@code code} 10000 is success; 20000 (service unavailable) and
 * {@code ACQ.SYSTEM_ERROR} are UNKNOWN; other codes are definitive with their
 * {@code sub_code}.
 */
public final class AlipayChannel implements PaymentChannel {

	private final AlipayConfig config;

	private final ChannelHttp http;

	private final AlipayNotifications notifications;

	public AlipayChannel(AlipayConfig config) {
		this.config = config;
		this.http = new ChannelHttp(config.gatewayUrl(), config.timeouts());
		this.notifications = new AlipayNotifications(config);
	}

	@Override
	public ChannelId id() {
		return ChannelId.ALIPAY;
	}

	@Override
	public ChannelIdentity identity() {
		return new ChannelIdentity(this.config.sellerId(), this.config.appId());
	}

	@Override
	public ChannelResult<PrepayResult> createOrder(PrepayRequest request) {
		return Guarded.call("alipay precreate", () -> {
			Map<String, Object> biz = new LinkedHashMap<>();
			biz.put("out_trade_no", request.outTradeNo());
			biz.put("total_amount", request.amount().toYuan());
			biz.put("subject", request.description());
			biz.put("time_expire", ChannelTime.format(request.expiresAt(), ChannelTime.DASHED));
			return call("alipay.trade.precreate", biz, true).map((response) -> ChannelResult
				.ok(new PrepayResult(PrepayResult.Kind.QR_CODE, Json.text(response, "qr_code"))));
		});
	}

	@Override
	public ChannelResult<TradeSnapshot> query(TradeRef trade) {
		return Guarded.call("alipay query", () -> {
			AlipayAnswer answer = call("alipay.trade.query", Map.of("out_trade_no", trade.outTradeNo()), false);
			if (answer.isSubCode("ACQ.TRADE_NOT_EXIST")) {
				return ChannelResult.ok(TradeSnapshot.notFound(trade.outTradeNo()));
			}
			return answer.map((response) -> ChannelResult.ok(AlipayNotifications.trade(response)));
		});
	}

	/**
	 * Closes the trade. A pre-created trade nobody scanned does not exist at Alipay
	 * ({@code ACQ.TRADE_NOT_EXIST}) and cannot be paid after its {@code time_expire}:
	 * already closed. {@code ACQ.TRADE_STATUS_ERROR} is ambiguous (paid, or already
	 * closed), so it is settled by a query.
	 */
	@Override
	public ChannelResult<CloseResult> close(TradeRef trade) {
		return Guarded.call("alipay close", () -> {
			AlipayAnswer answer = call("alipay.trade.close", Map.of("out_trade_no", trade.outTradeNo()), false);
			if (answer.isSubCode("ACQ.TRADE_NOT_EXIST")) {
				return ChannelResult.ok(new CloseResult(true));
			}
			if (answer.isSubCode("ACQ.TRADE_STATUS_ERROR")) {
				return closeAfterStatusError(trade);
			}
			return answer.map((response) -> ChannelResult.ok(new CloseResult(false)));
		});
	}

	@Override
	public ChannelResult<RefundSnapshot> refund(RefundRequest request) {
		return Guarded.call("alipay refund", () -> {
			Map<String, Object> biz = new LinkedHashMap<>();
			biz.put("out_trade_no", request.trade().outTradeNo());
			biz.put("refund_amount", request.refund().toYuan());
			biz.put("out_request_no", request.outRefundNo());
			if (request.reason() != null) {
				biz.put("refund_reason", request.reason());
			}
			return call("alipay.trade.refund", biz, false).map((response) -> {
				// fund_change N: no money moved by this call (e.g. a repeated request):
				// confirm by query
				RefundState state = "Y".equals(Json.optionalText(response, "fund_change")) ? RefundState.SUCCEEDED
						: RefundState.PROCESSING;
				return ChannelResult.ok(new RefundSnapshot(request.outRefundNo(), state, request.refund(),
						Json.optionalText(response, "trade_no")));
			});
		});
	}

	@Override
	public ChannelResult<RefundSnapshot> queryRefund(RefundRef refund) {
		return Guarded.call("alipay refund query", () -> {
			Map<String, Object> biz = Map.of("out_trade_no", refund.trade().outTradeNo(), "out_request_no",
					refund.outRefundNo(), "query_options", List.of("gmt_refund_pay"));
			return call("alipay.trade.fastpay.refund.query", biz, false).map((response) -> {
				String amount = Json.optionalText(response, "refund_amount");
				if (amount == null || amount.isEmpty()) {
					return ChannelResult
						.ok(new RefundSnapshot(refund.outRefundNo(), RefundState.NOT_FOUND, null, null));
				}
				String status = Json.optionalText(response, "refund_status");
				RefundState state = (status == null || "REFUND_SUCCESS".equals(status)) ? RefundState.SUCCEEDED
						: RefundState.PROCESSING;
				return ChannelResult.ok(new RefundSnapshot(refund.outRefundNo(), state, Fen.parseYuan(amount),
						Json.optionalText(response, "trade_no")));
			});
		});
	}

	/** The trade bill: a URL to a ZIP whose 业务明细 CSV is parsed by {@link AlipayBill}. */
	@Override
	public ChannelResult<Statement> downloadStatement(LocalDate date) {
		return Guarded.call("alipay bill", () -> {
			Map<String, Object> biz = Map.of("bill_type", "trade", "bill_date", date.toString());
			return call("alipay.data.dataservice.bill.downloadurl.query", biz, false).map((response) -> {
				URI url = URI.create(Json.text(response, "bill_download_url"));
				HttpReply file = this.http.send(HttpMethod.GET, url, Map.of(), null);
				if (!file.isSuccess()) {
					return Guarded.httpError(file, "HTTP_" + file.status(), "bill download refused");
				}
				return ChannelResult.ok(AlipayBill.parseZip(file.body(), date));
			});
		});
	}

	@Override
	public CallbackVerification parseCallback(CallbackRequest request) {
		return this.notifications.parse(request);
	}

	/** Alipay stops retrying only on exactly {@code success}. */
	@Override
	public CallbackReply acknowledge() {
		return new CallbackReply(200, "text/plain;charset=UTF-8", "success");
	}

	@Override
	public CallbackReply refuse(String message) {
		return new CallbackReply(200, "text/plain;charset=UTF-8", "fail");
	}

	private ChannelResult<CloseResult> closeAfterStatusError(TradeRef trade) {
		ChannelResult<TradeSnapshot> query = query(trade);
		if (!query.isOk()) {
			return query.withoutValue();
		}
		TradeState state = query.value().state();
		if (state == TradeState.PAID || state == TradeState.REFUNDED) {
			return ChannelResult.failure("ORDER_PAID", "paid at Alipay before it could be closed");
		}
		return ChannelResult.ok(new CloseResult(true));
	}

	private AlipayAnswer call(String method, Map<String, ?> bizContent, boolean withNotifyUrl) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("app_id", this.config.appId());
		params.put("method", method);
		params.put("format", "JSON");
		params.put("charset", "utf-8");
		params.put("sign_type", "RSA2");
		params.put("timestamp", ChannelTime.format(this.config.clock().instant(), ChannelTime.DASHED));
		params.put("version", "1.0");
		if (withNotifyUrl && this.config.notifyUrl() != null) {
			params.put("notify_url", this.config.notifyUrl());
		}
		params.put("biz_content", Json.write(bizContent));
		params.put("sign", AlipaySignature.signRequest(this.config.appPrivateKey(), params));
		HttpReply reply = this.http.send(HttpMethod.POST, this.http.resolve("/gateway.do"),
				Map.of("Content-Type", "application/x-www-form-urlencoded;charset=utf-8", "Accept", "application/json"),
				FormCodec.encode(params).getBytes(StandardCharsets.UTF_8));
		if (!reply.isSuccess()) {
			return AlipayAnswer.httpError(reply);
		}
		String responseKey = method.replace('.', '_') + "_response";
		return AlipayAnswer
			.of(AlipaySignature.verifiedResponse(this.config.alipayPublicKey(), reply.bodyText(), responseKey));
	}

}

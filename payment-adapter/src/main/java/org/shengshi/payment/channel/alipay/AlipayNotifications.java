package org.shengshi.payment.channel.alipay;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.shengshi.payment.channel.CallbackNotice;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;
import tools.jackson.databind.JsonNode;

/**
 * Alipay asynchronous notifications ({@code trade_status_sync}), a form POST.
 * Verification first: {@code sign_type} must be RSA2 and the signature must hold over the
 * sorted non-empty parameters without {@code sign} and {@code sign_type}. A notification
 * carrying {@code out_biz_no} and {@code refund_fee} is a refund (its {@code refund_fee}
 * is the running total); any other is a payment whose {@code trade_status} is
 * {@code WAIT_BUYER_PAY}, {@code TRADE_SUCCESS}, {@code TRADE_FINISHED} or
 * {@code TRADE_CLOSED}.
 */
final class AlipayNotifications {

	private final AlipayConfig config;

	AlipayNotifications(AlipayConfig config) {
		this.config = config;
	}

	CallbackVerification parse(CallbackRequest request) {
		Map<String, String> params;
		try {
			params = params(request.rawBody());
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, ex.getMessage());
		}
		String sign = params.get("sign");
		if (sign == null || sign.isEmpty()) {
			return CallbackVerification.rejected(RejectReason.MISSING_SIGNATURE, "no sign");
		}
		if (!"RSA2".equals(params.get("sign_type"))) {
			return CallbackVerification.rejected(RejectReason.UNSUPPORTED_ALGORITHM, "sign_type is not RSA2");
		}
		if (!AlipaySignature.verifyNotification(this.config.alipayPublicKey(), params)) {
			return CallbackVerification.rejected(RejectReason.BAD_SIGNATURE, "Alipay signature check failed");
		}
		try {
			return CallbackVerification.accepted(notice(params));
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, ex.getMessage());
		}
	}

	/** Reads a query answer ({@code alipay.trade.query}). */
	static TradeSnapshot trade(JsonNode response) {
		String paidAt = Json.optionalText(response, "send_pay_date");
		TradeState state = tradeState(Json.text(response, "trade_status"));
		return new TradeSnapshot(Json.text(response, "out_trade_no"), state,
				Fen.parseYuan(Json.text(response, "total_amount")), Json.optionalText(response, "trade_no"),
				state == TradeState.PAID && paidAt != null ? ChannelTime.parse(paidAt, ChannelTime.DASHED) : null);
	}

	static TradeState tradeState(String status) {
		return switch (status) {
			case "WAIT_BUYER_PAY" -> TradeState.NOT_PAID;
			case "TRADE_SUCCESS", "TRADE_FINISHED" -> TradeState.PAID;
			case "TRADE_CLOSED" -> TradeState.CLOSED;
			default -> throw new MalformedMessageException("unknown trade_status " + status);
		};
	}

	private static Map<String, String> params(byte[] body) {
		String ascii = new String(body, StandardCharsets.ISO_8859_1);
		Map<String, String> params = FormCodec.parse(ascii, StandardCharsets.UTF_8);
		String charset = params.get("charset");
		if (charset == null || charset.equalsIgnoreCase("utf-8")) {
			return params;
		}
		return FormCodec.parse(ascii, Charset.forName(charset));
	}

	private static RefundNotice refund(Map<String, String> p) {
		return new RefundNotice(ChannelId.ALIPAY, required(p, "notify_id"), required(p, "out_trade_no"),
				required(p, "out_biz_no"), p.get("trade_no"), RefundState.SUCCEEDED, null,
				Fen.parseYuan(required(p, "refund_fee")), required(p, "seller_id"), required(p, "app_id"));
	}

	private static CallbackNotice notice(Map<String, String> p) {
		String refundFee = p.get("refund_fee");
		if (p.get("out_biz_no") != null && refundFee != null && !refundFee.isEmpty()
				&& !Fen.parseYuan(refundFee).isZero()) {
			return refund(p);
		}
		TradeState state = tradeState(required(p, "trade_status"));
		String paidAt = p.get("gmt_payment");
		Instant paid = (state == TradeState.PAID && paidAt != null && !paidAt.isEmpty())
				? ChannelTime.parse(paidAt, ChannelTime.DASHED) : null;
		return new PaymentNotice(ChannelId.ALIPAY, required(p, "notify_id"), required(p, "out_trade_no"),
				p.get("trade_no"), state, Fen.parseYuan(required(p, "total_amount")), required(p, "seller_id"),
				required(p, "app_id"), paid);
	}

	private static String required(Map<String, String> params, String name) {
		String value = params.get(name);
		if (value == null || value.isEmpty()) {
			throw new MalformedMessageException("notification lacks " + name);
		}
		return value;
	}

}

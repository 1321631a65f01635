package org.shengshi.payment.channel.wechat;

import java.time.Instant;

import org.shengshi.payment.channel.RefundSnapshot;
import org.shengshi.payment.channel.RefundState;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.channel.support.ChannelTime;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;
import tools.jackson.databind.JsonNode;

/**
 * Reads WeChat Pay v3 transaction and refund objects (query answers and decrypted
 * callback resources share the shape).
 */
final class WechatMessages {

	private WechatMessages() {
	}

	static TradeSnapshot trade(JsonNode json) {
		TradeState state = tradeState(Json.text(json, "trade_state"));
		Fen total = Fen.of(Json.nonNegativeLong(Json.object(json, "amount"), "total"));
		requireCny(Json.object(json, "amount"));
		String successTime = Json.optionalText(json, "success_time");
		Instant paidAt = (successTime == null || successTime.isEmpty()) ? null : ChannelTime.parseRfc3339(successTime);
		return new TradeSnapshot(Json.text(json, "out_trade_no"), state, total,
				Json.optionalText(json, "transaction_id"), paidAt);
	}

	static RefundSnapshot refund(JsonNode json) {
		String status = json.has("refund_status") ? Json.text(json, "refund_status") : Json.text(json, "status");
		return new RefundSnapshot(Json.text(json, "out_refund_no"), refundState(status),
				Fen.of(Json.nonNegativeLong(Json.object(json, "amount"), "refund")),
				Json.optionalText(json, "refund_id"));
	}

	static RefundSnapshot refundNotFound(String outRefundNo) {
		return new RefundSnapshot(outRefundNo, RefundState.NOT_FOUND, null, null);
	}

	static TradeState tradeState(String value) {
		return switch (value) {
			case "SUCCESS" -> TradeState.PAID;
			case "REFUND" -> TradeState.REFUNDED;
			case "NOTPAY", "USERPAYING" -> TradeState.NOT_PAID;
			case "CLOSED", "REVOKED" -> TradeState.CLOSED;
			case "PAYERROR" -> TradeState.FAILED;
			default -> throw new MalformedMessageException("unknown trade_state " + value);
		};
	}

	static RefundState refundState(String value) {
		return switch (value) {
			case "SUCCESS" -> RefundState.SUCCEEDED;
			case "PROCESSING" -> RefundState.PROCESSING;
			case "CLOSED" -> RefundState.FAILED;
			case "ABNORMAL" -> RefundState.ABNORMAL;
			default -> throw new MalformedMessageException("unknown refund status " + value);
		};
	}

	private static void requireCny(JsonNode amount) {
		String currency = Json.optionalText(amount, "currency");
		if (currency != null && !"CNY".equals(currency)) {
			throw new MalformedMessageException("currency " + currency + " is not CNY");
		}
	}

}

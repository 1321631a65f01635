package org.shengshi.payment.channel.wechat;

import java.security.GeneralSecurityException;
import java.util.Optional;

import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.RefundSnapshot;
import org.shengshi.payment.channel.TradeSnapshot;
import org.shengshi.payment.channel.TradeState;
import org.shengshi.payment.channel.support.Json;
import org.shengshi.payment.channel.support.MalformedMessageException;
import tools.jackson.databind.JsonNode;

/**
 * A v3 notification: verify the signature on the raw body first, then read the envelope
 * ({@code id}, {@code event_type}, {@code resource}), decrypt the resource and read the
 * transaction ({@code TRANSACTION.SUCCESS}) or refund ({@code REFUND.SUCCESS},
 * {@code REFUND.ABNORMAL}, {@code REFUND.CLOSED}) inside.
 */
final class WechatCallbacks {

	private static final String SIGNATURE_TYPE = "Wechatpay-Signature-Type";

	private final WechatVerifier verifier;

	private final AeadAes256Gcm aead;

	WechatCallbacks(WechatPayConfig config, WechatVerifier verifier) {
		this.verifier = verifier;
		this.aead = new AeadAes256Gcm(config.apiV3Key());
	}

	CallbackVerification parse(CallbackRequest request) {
		String signatureType = request.header(SIGNATURE_TYPE);
		if (signatureType != null && !WechatSigner.SCHEMA.equals(signatureType)) {
			return CallbackVerification.rejected(RejectReason.UNSUPPORTED_ALGORITHM, "signature type " + signatureType);
		}
		Optional<RejectReason> rejection = this.verifier.check(request.header(WechatVerifier.SERIAL),
				request.header(WechatVerifier.TIMESTAMP), request.header(WechatVerifier.NONCE),
				request.header(WechatVerifier.SIGNATURE), request.rawBody());
		if (rejection.isPresent()) {
			return CallbackVerification.rejected(rejection.get(), "WeChat Pay signature check failed");
		}
		try {
			return read(Json.parse(request.rawBody()));
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, ex.getMessage());
		}
	}

	private CallbackVerification read(JsonNode envelope) {
		String id = Json.text(envelope, "id");
		String eventType = Json.text(envelope, "event_type");
		JsonNode resource = Json.object(envelope, "resource");
		if (!"AEAD_AES_256_GCM".equals(Json.text(resource, "algorithm"))) {
			return CallbackVerification.rejected(RejectReason.UNSUPPORTED_ALGORITHM, "resource algorithm");
		}
		String plaintext;
		try {
			plaintext = this.aead.decrypt(Json.optionalText(resource, "associated_data"), Json.text(resource, "nonce"),
					Json.text(resource, "ciphertext"));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return CallbackVerification.rejected(RejectReason.DECRYPTION_FAILED, "resource does not decrypt");
		}
		JsonNode content = Json.parse(plaintext);
		if ("TRANSACTION.SUCCESS".equals(eventType)) {
			return payment(id, content);
		}
		if (eventType.startsWith("REFUND.")) {
			return refund(id, eventType, content);
		}
		return CallbackVerification.rejected(RejectReason.MALFORMED, "unexpected event_type " + eventType);
	}

	private CallbackVerification payment(String id, JsonNode content) {
		TradeSnapshot trade = WechatMessages.trade(content);
		if (trade.state() != TradeState.PAID) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, "TRANSACTION.SUCCESS without SUCCESS state");
		}
		return CallbackVerification.accepted(new PaymentNotice(ChannelId.WECHAT, id, trade.outTradeNo(),
				Json.text(content, "transaction_id"), trade.state(), trade.amount(), Json.text(content, "mchid"),
				Json.text(content, "appid"), trade.paidAt()));
	}

	private CallbackVerification refund(String id, String eventType, JsonNode content) {
		RefundSnapshot refund = WechatMessages.refund(content);
		String expected = "REFUND." + Json.text(content, "refund_status");
		if (!expected.equals(eventType)) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, "event_type does not match refund_status");
		}
		return CallbackVerification.accepted(new RefundNotice(ChannelId.WECHAT, id, Json.text(content, "out_trade_no"),
				refund.outRefundNo(), refund.channelRefundNo(), refund.state(), refund.refund(), null,
				Json.text(content, "mchid"), null));
	}

}

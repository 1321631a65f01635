package org.shengshi.payment.channel.unionpay;

import java.util.Map;
import java.util.Optional;

import org.shengshi.payment.channel.CallbackNotice;
import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.channel.PaymentNotice;
import org.shengshi.payment.channel.RefundNotice;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.MalformedMessageException;
import org.shengshi.payment.money.Fen;

/**
 * UnionPay background notifications (后台通知), a UTF-8 form POST. Fields used:
 * {@code signature}, {@code signMethod} (must be 01), {@code certId}, {@code txnType} (01
 * consumption, 04 refund), {@code respCode}, {@code orderId}, {@code txnAmt} (fen),
 * {@code currencyCode} (156), {@code merId}, {@code queryId}, and for a refund
 * {@code reqReserved} (our order number, echoed from the refund request).
 * {@code respCode} 00 is success; 03/04/05 in progress; others failed.
 */
final class UnionPayNotifications {

	private final UnionPayConfig config;

	UnionPayNotifications(UnionPayConfig config) {
		this.config = config;
	}

	CallbackVerification parse(CallbackRequest request) {
		Map<String, String> fields;
		try {
			fields = FormCodec.parse(request.bodyAsUtf8());
		}
		catch (MalformedMessageException ex) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, ex.getMessage());
		}
		Optional<RejectReason> rejection = UnionPaySignature.check(this.config.verifyCertificates(), fields);
		if (rejection.isPresent()) {
			return CallbackVerification.rejected(rejection.get(), "UnionPay signature check failed");
		}
		try {
			return CallbackVerification.accepted(notice(fields));
		}
		catch (MalformedMessageException | IllegalArgumentException ex) {
			return CallbackVerification.rejected(RejectReason.MALFORMED, ex.getMessage());
		}
	}

	private static CallbackNotice notice(Map<String, String> f) {
		String currency = f.get("currencyCode");
		if (currency != null && !"156".equals(currency)) {
			throw new MalformedMessageException("currency " + currency + " is not CNY");
		}
		String txnType = required(f, "txnType");
		String respCode = required(f, "respCode");
		String queryId = required(f, "queryId");
		Fen amount = Fen.parseFen(required(f, "txnAmt"));
		return switch (txnType) {
			case "01" -> new PaymentNotice(ChannelId.UNIONPAY, txnType + ":" + queryId, required(f, "orderId"), queryId,
					UnionPayCodes.tradeState(respCode), amount, required(f, "merId"), null, null);
			case "04" -> new RefundNotice(ChannelId.UNIONPAY, txnType + ":" + queryId, f.get("reqReserved"),
					required(f, "orderId"), queryId, UnionPayCodes.refundState(respCode), amount, null,
					required(f, "merId"), null);
			default -> throw new MalformedMessageException("unexpected txnType " + txnType);
		};
	}

	private static String required(Map<String, String> fields, String name) {
		String value = fields.get(name);
		if (value == null || value.isEmpty()) {
			throw new MalformedMessageException("notification lacks " + name);
		}
		return value;
	}

}

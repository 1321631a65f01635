package org.shengshi.payment.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shengshi.payment.channel.CallbackRequest;
import org.shengshi.payment.channel.CallbackVerification.RejectReason;
import org.shengshi.payment.channel.alipay.AlipayConfig;
import org.shengshi.payment.channel.support.FormCodec;
import org.shengshi.payment.channel.support.HttpTimeouts;
import org.shengshi.payment.channel.support.Sha256WithRsa;
import org.shengshi.payment.money.Fen;

/**
 * Alipay asynchronous notifications as Alipay sends them (form POST, RSA2 over the sorted
 * parameters without {@code sign}/{@code sign_type}), and every tampered variant of one.
 */
public final class AlipayNotifications {

	public static final String APP_ID = "2021000117691234";

	public static final String SELLER_ID = "2088102177846880";

	private final TestKeys.Credentials alipay = TestKeys.of("alipay-platform");

	private final TestKeys.Credentials app = TestKeys.of("alipay-app");

	private final TestKeys.Credentials stranger = TestKeys.of("stranger");

	public AlipayConfig config(String gatewayUrl, Duration readTimeout) {
		return new AlipayConfig(gatewayUrl, APP_ID, SELLER_ID, this.app.privateKey(), this.alipay.publicKey(),
				"https://shengshi.test/callbacks/alipay", new HttpTimeouts(Duration.ofSeconds(1), readTimeout),
				Clock.systemUTC());
	}

	public TestKeys.Credentials alipayKeys() {
		return this.alipay;
	}

	public TestKeys.Credentials appKeys() {
		return this.app;
	}

	public Map<String, String> paidParams(String outTradeNo, Fen amount) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("gmt_create", "2024-03-01 10:15:01");
		p.put("charset", "utf-8");
		p.put("seller_email", "fees@shengshi.test");
		p.put("subject", "居住证工本费");
		p.put("buyer_id", "2088102177891234");
		p.put("invoice_amount", amount.toYuan());
		p.put("notify_id", "2024030100222101530038711234567890");
		p.put("fund_bill_list", "[{\"amount\":\"" + amount.toYuan() + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
		p.put("notify_type", "trade_status_sync");
		p.put("trade_status", "TRADE_SUCCESS");
		p.put("receipt_amount", amount.toYuan());
		p.put("app_id", APP_ID);
		p.put("buyer_pay_amount", amount.toYuan());
		p.put("seller_id", SELLER_ID);
		p.put("gmt_payment", "2024-03-01 10:15:30");
		p.put("notify_time", "2024-03-01 10:15:31");
		p.put("version", "1.0");
		p.put("out_trade_no", outTradeNo);
		p.put("total_amount", amount.toYuan());
		p.put("trade_no", "2024030122001491234567890123");
		p.put("auth_app_id", APP_ID);
		p.put("point_amount", "0.00");
		return p;
	}

	/**
	 * The notification Alipay sends after a refund: the trade's status (TRADE_SUCCESS
	 * after a partial refund, TRADE_CLOSED after a full one), {@code out_biz_no} = our
	 * refund request number and {@code refund_fee} = the trade's refunded total.
	 */
	public Map<String, String> refundParams(String outTradeNo, String outRequestNo, Fen paid, Fen refundedTotal) {
		Map<String, String> p = paidParams(outTradeNo, paid);
		p.put("notify_id", "2024030200222111530038719876543210");
		p.put("notify_time", "2024-03-02 11:15:31");
		p.put("trade_status", refundedTotal.equals(paid) ? "TRADE_CLOSED" : "TRADE_SUCCESS");
		p.put("out_biz_no", outRequestNo);
		p.put("refund_fee", refundedTotal.toYuan());
		p.put("gmt_refund", "2024-03-02 11:15:30.123");
		return p;
	}

	/** Adds {@code sign_type} and {@code sign} as Alipay does. */
	public Map<String, String> signed(Map<String, String> params, PrivateKey key) {
		Map<String, String> signed = new LinkedHashMap<>(params);
		signed.remove("sign");
		signed.put("sign_type", "RSA2");
		String canonical = FormCodec.canonical(signed, Set.of("sign", "sign_type"));
		signed.put("sign", Sha256WithRsa.sign(key, canonical.getBytes(StandardCharsets.UTF_8)));
		return signed;
	}

	public Map<String, String> signed(Map<String, String> params) {
		return signed(params, this.alipay.privateKey());
	}

	public static CallbackRequest request(Map<String, String> params) {
		return CallbackRequest.of(Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
				FormCodec.encode(params));
	}

	public record Tampered(String name, CallbackRequest request, RejectReason expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Each parameter altered and removed, sign and sign_type tampered, a stranger's
	 * signature.
	 */
	public List<Tampered> tamperedVariants(Map<String, String> unsigned) {
		Map<String, String> valid = signed(unsigned);
		List<Tampered> variants = new ArrayList<>();
		for (String key : valid.keySet()) {
			if (key.equals("sign") || key.equals("sign_type")) {
				continue;
			}
			// an unknown charset cannot even be decoded: refused before the signature is
			// checked
			variants.add(new Tampered(key + " altered", request(with(valid, key, alter(valid.get(key)))),
					key.equals("charset") ? RejectReason.MALFORMED : RejectReason.BAD_SIGNATURE));
			variants.add(new Tampered(key + " removed", request(with(valid, key, null)), RejectReason.BAD_SIGNATURE));
		}
		variants.add(new Tampered("extra parameter", request(with(valid, "refund_fee", "0.01")),
				RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("sign altered",
				request(with(valid, "sign", WechatNotifications.flipBase64(valid.get("sign"), 7))),
				RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("sign removed", request(with(valid, "sign", null)), RejectReason.MISSING_SIGNATURE));
		variants.add(new Tampered("sign_type RSA", request(with(valid, "sign_type", "RSA")),
				RejectReason.UNSUPPORTED_ALGORITHM));
		variants.add(new Tampered("sign_type removed", request(with(valid, "sign_type", null)),
				RejectReason.UNSUPPORTED_ALGORITHM));
		variants.add(new Tampered("signed by a stranger", request(signed(unsigned, this.stranger.privateKey())),
				RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("signed by our own app key", request(signed(unsigned, this.app.privateKey())),
				RejectReason.BAD_SIGNATURE));
		variants.add(new Tampered("out_trade_no given twice",
				CallbackRequest.of(Map.of(), FormCodec.encode(valid) + "&out_trade_no=OTHER"), RejectReason.MALFORMED));
		return variants;
	}

	private static String alter(String value) {
		if (value.matches("[0-9]+\\.[0-9]{2}")) {
			return Fen.parseYuan(value).plus(Fen.of(1)).toYuan();
		}
		return value + "0";
	}

	private static Map<String, String> with(Map<String, String> params, String key, String value) {
		Map<String, String> copy = new LinkedHashMap<>(params);
		if (value == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, value);
		}
		return copy;
	}

}

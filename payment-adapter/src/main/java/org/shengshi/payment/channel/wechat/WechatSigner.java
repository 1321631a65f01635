package org.shengshi.payment.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import org.shengshi.payment.channel.support.Sha256WithRsa;

/**
 * Builds the {@code Authorization} header of a v3 request: SHA256withRSA with the
 * merchant key over {@code METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n}, where URL is the path
 * with its query string and BODY is empty for a GET.
 */
final class WechatSigner {

	static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";

	private static final char[] NONCE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

	private final WechatPayConfig config;

	private final SecureRandom random = new SecureRandom();

	WechatSigner(WechatPayConfig config) {
		this.config = config;
	}

	String authorization(String method, String canonicalUrl, String body) {
		Clock clock = this.config.clock();
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		String nonce = nonce();
		String message = method + "\n" + canonicalUrl + "\n" + timestamp + "\n" + nonce + "\n"
				+ (body == null ? "" : body) + "\n";
		String signature = Sha256WithRsa.sign(this.config.merchantPrivateKey(),
				message.getBytes(StandardCharsets.UTF_8));
		return SCHEMA + " mchid=\"" + this.config.mchId() + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
				+ "\",timestamp=\"" + timestamp + "\",serial_no=\"" + this.config.merchantSerialNo() + "\"";
	}

	private String nonce() {
		char[] chars = new char[32];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = NONCE_CHARS[this.random.nextInt(NONCE_CHARS.length)];
		}
		return new String(chars);
	}

}

package org.shengshi.payment.channel.alipay;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Objects;

import org.shengshi.payment.channel.support.HttpTimeouts;

/**
 * What the Alipay adapter needs (public-key mode).
 *
 * @param gatewayUrl {@code https://openapi.alipay.com} (the sandbox in tests); requests
 * go to {@code /gateway.do}
 * @param appId our {@code app_id}
 * @param sellerId our partner id (2088…), the {@code seller_id} of notifications
 * @param appPrivateKey the app private key that signs requests
 * @param alipayPublicKey the Alipay public key that verifies answers and notifications
 * @param notifyUrl our notification URL
 * @param timeouts HTTP timeouts
 * @param clock clock for request timestamps
 */
public record AlipayConfig(String gatewayUrl, String appId, String sellerId, PrivateKey appPrivateKey,
		PublicKey alipayPublicKey, String notifyUrl, HttpTimeouts timeouts, Clock clock) {

	public AlipayConfig {
		Objects.requireNonNull(gatewayUrl, "gatewayUrl");
		Objects.requireNonNull(appId, "appId");
		Objects.requireNonNull(sellerId, "sellerId");
		Objects.requireNonNull(appPrivateKey, "appPrivateKey");
		Objects.requireNonNull(alipayPublicKey, "alipayPublicKey");
		Objects.requireNonNull(timeouts, "timeouts");
		Objects.requireNonNull(clock, "clock");
	}

	@Override
	public String toString() {
		return "AlipayConfig[gatewayUrl=" + this.gatewayUrl + ", appId=" + this.appId + ", sellerId=" + this.sellerId
				+ "]";
	}

}

package org.shengshi.payment.channel.unionpay;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.shengshi.payment.channel.support.HttpTimeouts;

/**
 * What the UnionPay adapter needs.
 *
 * @param gatewayUrl {@code https://gateway.95516.com} (the sandbox in tests)
 * @param merId our merchant id ({@code merId})
 * @param signKey the merchant signing private key
 * @param signCertId {@code certId} of the merchant signing certificate (its serial in
 * decimal)
 * @param verifyCertificates UnionPay's verification certificates by {@code certId}
 * @param backUrl our background notification URL
 * @param timeouts HTTP timeouts
 * @param clock clock for {@code txnTime} of file requests
 */
public record UnionPayConfig(String gatewayUrl, String merId, PrivateKey signKey, String signCertId,
		Map<String, X509Certificate> verifyCertificates, String backUrl, HttpTimeouts timeouts, Clock clock) {

	public UnionPayConfig {
		Objects.requireNonNull(gatewayUrl, "gatewayUrl");
		Objects.requireNonNull(merId, "merId");
		Objects.requireNonNull(signKey, "signKey");
		Objects.requireNonNull(signCertId, "signCertId");
		verifyCertificates = Map.copyOf(verifyCertificates);
		if (verifyCertificates.isEmpty()) {
			throw new IllegalArgumentException("at least one UnionPay verification certificate is needed");
		}
		Objects.requireNonNull(timeouts, "timeouts");
		Objects.requireNonNull(clock, "clock");
	}

	@Override
	public String toString() {
		return "UnionPayConfig[gatewayUrl=" + this.gatewayUrl + ", merId=" + this.merId + ", certIds="
				+ this.verifyCertificates.keySet() + "]";
	}

}

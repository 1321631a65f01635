package org.shengshi.payment.channel.wechat;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.shengshi.payment.channel.support.HttpTimeouts;

/**
 * Everything the WeChat Pay v3 adapter needs. Secrets come from the environment.
 *
 * @param baseUrl {@code https://api.mch.weixin.qq.com} (the sandbox in tests)
 * @param mchId merchant id ({@code mchid})
 * @param appId app id ({@code appid}) bound to the merchant
 * @param merchantSerialNo serial of the merchant API certificate ({@code serial_no})
 * @param merchantPrivateKey the merchant API private key that signs requests
 * @param apiV3Key the 32-character APIv3 key that decrypts callback resources
 * @param platformCertificates WeChat Pay platform certificates by upper-case hex serial
 * @param notifyUrl our callback URL
 * @param timeouts HTTP timeouts
 * @param clock clock for request timestamps and the callback freshness window
 * @param timestampTolerance how far a signed timestamp may be from now (5 minutes)
 */
public record WechatPayConfig(String baseUrl, String mchId, String appId, String merchantSerialNo,
		PrivateKey merchantPrivateKey, byte[] apiV3Key, Map<String, X509Certificate> platformCertificates,
		String notifyUrl, HttpTimeouts timeouts, Clock clock, Duration timestampTolerance) {

	public WechatPayConfig {
		Objects.requireNonNull(baseUrl, "baseUrl");
		Objects.requireNonNull(mchId, "mchId");
		Objects.requireNonNull(merchantPrivateKey, "merchantPrivateKey");
		Objects.requireNonNull(merchantSerialNo, "merchantSerialNo");
		if (apiV3Key == null || apiV3Key.length != 32) {
			throw new IllegalArgumentException("the APIv3 key is 32 bytes");
		}
		apiV3Key = apiV3Key.clone();
		TreeMap<String, X509Certificate> certificates = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		platformCertificates.forEach((serial, cert) -> certificates.put(serial.toUpperCase(Locale.ROOT), cert));
		if (certificates.isEmpty()) {
			throw new IllegalArgumentException("at least one platform certificate is needed");
		}
		platformCertificates = Collections.unmodifiableMap(certificates);
		Objects.requireNonNull(timeouts, "timeouts");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(timestampTolerance, "timestampTolerance");
	}

	/** The APIv3 key as configured in the merchant console: 32 ASCII characters. */
	public static byte[] apiV3Key(String key) {
		return key.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public byte[] apiV3Key() {
		return this.apiV3Key.clone();
	}

	@Override
	public String toString() {
		return "WechatPayConfig[baseUrl=" + this.baseUrl + ", mchId=" + this.mchId + ", appId=" + this.appId
				+ ", serials=" + this.platformCertificates.keySet() + "]";
	}

}

package org.shengshi.payment.channel;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shengshi.payment.channel.alipay.AlipayChannel;
import org.shengshi.payment.channel.alipay.AlipayConfig;
import org.shengshi.payment.channel.sandbox.SandboxChannel;
import org.shengshi.payment.channel.support.HttpTimeouts;
import org.shengshi.payment.channel.support.Pem;
import org.shengshi.payment.channel.unionpay.UnionPayChannel;
import org.shengshi.payment.channel.unionpay.UnionPayConfig;
import org.shengshi.payment.channel.wechat.WechatPayChannel;
import org.shengshi.payment.channel.wechat.WechatPayConfig;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the configured channels from {@code shengshi.payment.*}. Secrets come from the
 * environment only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ChannelsConfiguration.SandboxProperties.class,
		ChannelsConfiguration.WechatProperties.class, ChannelsConfiguration.AlipayProperties.class,
		ChannelsConfiguration.UnionPayProperties.class })
class ChannelsConfiguration {

	@Bean
	Channels channels(List<PaymentChannel> channels) {
		return new Channels(channels);
	}

	@Bean
	@ConditionalOnProperty(prefix = "shengshi.payment.sandbox", name = "enabled", havingValue = "true")
	PaymentChannel sandboxChannel(SandboxProperties properties) {
		return new SandboxChannel(Clock.systemUTC(), properties.callbackSecret().getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	@ConditionalOnProperty(prefix = "shengshi.payment.wechat", name = "enabled", havingValue = "true")
	PaymentChannel wechatPayChannel(WechatProperties properties) {
		Map<String, X509Certificate> certificates = new LinkedHashMap<>();
		for (String pem : properties.platformCertificates()) {
			X509Certificate certificate = Pem.certificate(pem);
			certificates.put(Pem.hexSerial(certificate), certificate);
		}
		return new WechatPayChannel(new WechatPayConfig(properties.baseUrl(), properties.mchId(), properties.appId(),
				properties.merchantSerialNo(), Pem.rsaPrivateKey(properties.merchantPrivateKey()),
				WechatPayConfig.apiV3Key(properties.apiV3Key()), certificates, properties.notifyUrl(),
				new HttpTimeouts(properties.connectTimeout(), properties.readTimeout()), Clock.systemUTC(),
				Duration.ofMinutes(5)));
	}

	@Bean
	@ConditionalOnProperty(prefix = "shengshi.payment.alipay", name = "enabled", havingValue = "true")
	PaymentChannel alipayChannel(AlipayProperties properties) {
		return new AlipayChannel(new AlipayConfig(properties.gatewayUrl(), properties.appId(), properties.sellerId(),
				Pem.rsaPrivateKey(properties.appPrivateKey()), Pem.rsaPublicKey(properties.alipayPublicKey()),
				properties.notifyUrl(), new HttpTimeouts(properties.connectTimeout(), properties.readTimeout()),
				Clock.systemUTC()));
	}

	@Bean
	@ConditionalOnProperty(prefix = "shengshi.payment.unionpay", name = "enabled", havingValue = "true")
	PaymentChannel unionPayChannel(UnionPayProperties properties) {
		Map<String, X509Certificate> certificates = new LinkedHashMap<>();
		for (String pem : properties.verifyCertificates()) {
			X509Certificate certificate = Pem.certificate(pem);
			certificates.put(certificate.getSerialNumber().toString(), certificate);
		}
		return new UnionPayChannel(new UnionPayConfig(properties.gatewayUrl(), properties.merId(),
				Pem.rsaPrivateKey(properties.signKey()), properties.signCertId(), certificates, properties.backUrl(),
				new HttpTimeouts(properties.connectTimeout(), properties.readTimeout()), Clock.systemUTC()));
	}

	/**
	 * {@code shengshi.payment.sandbox.*}: the in-process sandbox channel (development).
	 */
	@ConfigurationProperties("shengshi.payment.sandbox")
	record SandboxProperties(boolean enabled, String callbackSecret) {

		SandboxProperties {
			callbackSecret = (callbackSecret != null) ? callbackSecret : "shengshi-sandbox-callback-secret";
		}

	}

	/**
	 * {@code shengshi.payment.wechat.*}: WeChat Pay API v3 (keys and certificates as PEM
	 * text).
	 */
	@ConfigurationProperties("shengshi.payment.wechat")
	record WechatProperties(boolean enabled, String baseUrl, String mchId, String appId, String merchantSerialNo,
			String merchantPrivateKey, String apiV3Key, List<String> platformCertificates, String notifyUrl,
			Duration connectTimeout, Duration readTimeout) {

		WechatProperties {
			baseUrl = (baseUrl != null) ? baseUrl : "https://api.mch.weixin.qq.com";
			platformCertificates = (platformCertificates != null) ? platformCertificates : List.of();
			connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
			readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(10);
		}

	}

	/**
	 * {@code shengshi.payment.alipay.*}: Alipay open platform, public-key mode (keys as
	 * PEM or bare Base64).
	 */
	@ConfigurationProperties("shengshi.payment.alipay")
	record AlipayProperties(boolean enabled, String gatewayUrl, String appId, String sellerId, String appPrivateKey,
			String alipayPublicKey, String notifyUrl, Duration connectTimeout, Duration readTimeout) {

		AlipayProperties {
			gatewayUrl = (gatewayUrl != null) ? gatewayUrl : "https://openapi.alipay.com";
			connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
			readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(10);
		}

	}

	/**
	 * {@code shengshi.payment.unionpay.*}: UnionPay online payments (ACP 5.1.0); the
	 * merchant signing key as PEM and UnionPay's verification certificates as PEMs (their
	 * serials in decimal are the {@code certId}s).
	 */
	@ConfigurationProperties("shengshi.payment.unionpay")
	record UnionPayProperties(boolean enabled, String gatewayUrl, String merId, String signKey, String signCertId,
			List<String> verifyCertificates, String backUrl, Duration connectTimeout, Duration readTimeout) {

		UnionPayProperties {
			gatewayUrl = (gatewayUrl != null) ? gatewayUrl : "https://gateway.95516.com";
			verifyCertificates = (verifyCertificates != null) ? verifyCertificates : List.of();
			connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
			readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(10);
		}

	}

}

package org.shengshi.payment.channel;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shengshi.payment.channel.sandbox.SandboxChannel;
import org.shengshi.payment.channel.support.HttpTimeouts;
import org.shengshi.payment.channel.support.Pem;
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
		ChannelsConfiguration.WechatProperties.class })
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

}

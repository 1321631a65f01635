package org.shengshi.payment.testsupport;

import java.time.Duration;

import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.wechat.WechatPayChannel;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real WeChat Pay adapter pointed at one WireMock sandbox shared by the service ITs
 * (the channel is the outside system; the adapter is ours).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestChannels {

	private static final WechatPaySandbox WECHAT = new WechatPaySandbox();

	/** Generous, so a cold JVM on a busy machine does not time out by accident. */
	public static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	/** Longer than {@link #READ_TIMEOUT}: the stub's way to make a call time out. */
	public static final Duration TIMEOUT_DELAY = Duration.ofSeconds(7);

	private static final AlipaySandbox ALIPAY = new AlipaySandbox();

	private static final UnionPaySandbox UNIONPAY = new UnionPaySandbox().start();

	public static WechatPaySandbox wechat() {
		return WECHAT;
	}

	public static AlipaySandbox alipay() {
		return ALIPAY;
	}

	public static UnionPaySandbox unionpay() {
		return UNIONPAY;
	}

	/**
	 * Alipay and UnionPay are configured the way production configures them: from
	 * {@code shengshi.payment.alipay.*} / {@code unionpay.*} with PEM keys.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		AlipayNotifications alipay = new AlipayNotifications();
		registry.add("shengshi.payment.alipay.enabled", () -> "true");
		registry.add("shengshi.payment.alipay.gateway-url", ALIPAY::baseUrl);
		registry.add("shengshi.payment.alipay.app-id", () -> AlipayNotifications.APP_ID);
		registry.add("shengshi.payment.alipay.seller-id", () -> AlipayNotifications.SELLER_ID);
		registry.add("shengshi.payment.alipay.app-private-key", () -> alipay.appKeys().privateKeyPem());
		registry.add("shengshi.payment.alipay.alipay-public-key", () -> alipay.alipayKeys().publicKeyPem());
		registry.add("shengshi.payment.alipay.notify-url",
				() -> "https://shengshi.test/api/v1/payments/callbacks/alipay");
		registry.add("shengshi.payment.alipay.read-timeout", () -> READ_TIMEOUT.toMillis() + "ms");
		registry.add("shengshi.payment.unionpay.enabled", () -> "true");
		registry.add("shengshi.payment.unionpay.gateway-url", UNIONPAY::baseUrl);
		registry.add("shengshi.payment.unionpay.mer-id", () -> UnionPaySandbox.MER_ID);
		registry.add("shengshi.payment.unionpay.sign-key", () -> UNIONPAY.merchantKeys().privateKeyPem());
		registry.add("shengshi.payment.unionpay.sign-cert-id", () -> UNIONPAY.merchantKeys().serialDecimal());
		registry.add("shengshi.payment.unionpay.verify-certificates[0]",
				() -> UNIONPAY.unionPayKeys().certificatePem());
		registry.add("shengshi.payment.unionpay.back-url",
				() -> "https://shengshi.test/api/v1/payments/callbacks/unionpay");
		registry.add("shengshi.payment.unionpay.read-timeout", () -> READ_TIMEOUT.toMillis() + "ms");
	}

	@Bean
	PaymentChannel wechatPayChannel() {
		return new WechatPayChannel(WECHAT.config(READ_TIMEOUT));
	}

}

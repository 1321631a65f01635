package org.shengshi.payment.testsupport;

import java.time.Duration;

import org.shengshi.payment.channel.PaymentChannel;
import org.shengshi.payment.channel.wechat.WechatPayChannel;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

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

	public static WechatPaySandbox wechat() {
		return WECHAT;
	}

	@Bean
	PaymentChannel wechatPayChannel() {
		return new WechatPayChannel(WECHAT.config(READ_TIMEOUT));
	}

}

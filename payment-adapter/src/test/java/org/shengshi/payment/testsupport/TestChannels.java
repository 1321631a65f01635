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

	public static WechatPaySandbox wechat() {
		return WECHAT;
	}

	@Bean
	PaymentChannel wechatPayChannel() {
		return new WechatPayChannel(WECHAT.config(Duration.ofSeconds(2)));
	}

}

package org.shengshi.payment.channel;

/** The payment channels the platform collects fees through. */
public enum ChannelId {

	WECHAT, ALIPAY, UNIONPAY, SANDBOX

}

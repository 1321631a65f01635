package org.shengshi.payment.channel;

/**
 * Who we are at a channel; callbacks must name the same merchant and app.
 *
 * @param merchantId WeChat {@code mchid}, Alipay {@code seller_id} (the 2088… partner
 * id), UnionPay {@code merId}
 * @param appId WeChat {@code appid}, Alipay {@code app_id}; {@code null} for UnionPay (no
 * app id in its messages)
 */
public record ChannelIdentity(String merchantId, String appId) {

}

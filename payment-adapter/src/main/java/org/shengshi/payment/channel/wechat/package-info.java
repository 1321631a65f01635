/**
 * WeChat Pay API v3 (direct merchant): Native/JSAPI pre-order, query and close by
 * {@code out_trade_no}, domestic refunds, trade bill; requests signed
 * {@code WECHATPAY2-SHA256-RSA2048} with the merchant key, answers and callbacks verified
 * with the platform certificate named by {@code Wechatpay-Serial}, callback resources
 * decrypted with AEAD_AES_256_GCM and the APIv3 key.
 */
package org.shengshi.payment.channel.wechat;

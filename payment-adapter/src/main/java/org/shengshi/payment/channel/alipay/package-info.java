/**
 * Alipay OpenAPI (gateway {@code gateway.do}, RSA2): face-to-face pre-create (QR), trade
 * query, close, refund, refund query, bill download; asynchronous notifications verified
 * with the Alipay public key over the sorted parameters without {@code sign} and
 * {@code sign_type}; the reply is exactly {@code success}.
 */
package org.shengshi.payment.channel.alipay;

/**
 * UnionPay online (全渠道, ACP 5.1.0 message set, {@code signMethod=01}): QR-code pre-order,
 * query, refund (退货), reconciliation file; background notifications (form POST) verified
 * by {@link org.shengshi.payment.channel.unionpay.UnionPaySignature}: SHA-256 hex digest
 * of the sorted {@code key=value&} string, signed SHA256withRSA, certificate chosen by
 * {@code certId}.
 */
package org.shengshi.payment.channel.unionpay;

/**
 * One interface to every payment channel:
 * {@link org.shengshi.payment.channel.PaymentChannel}, with a package per channel
 * ({@code wechat}, {@code alipay}, {@code unionpay}, {@code sandbox}). Every call answers
 * a {@link org.shengshi.payment.channel.ChannelResult} whose
 * {@link org.shengshi.payment.channel.Outcome} is OK, DEFINITIVE_FAILURE or UNKNOWN: a
 * timeout, a reset connection, a 5xx, a malformed or unverifiable answer is UNKNOWN,
 * never a failure, so the caller resolves it by querying later instead of declaring money
 * lost or not owed. Callbacks are parsed and verified on the raw request into a
 * {@link org.shengshi.payment.channel.CallbackVerification}.
 */
package org.shengshi.payment.channel;

package org.shengshi.cases.remote;

/**
 * Body of payment-adapter's {@code POST /api/v1/payments/orders}.
 *
 * @param businessRef the case id
 * @param channel {@code WECHAT}, {@code ALIPAY}, {@code UNIONPAY} or {@code SANDBOX}
 * @param amountFen the fee in fen
 * @param description what is paid for, shown by the channel
 * @param payerSubject the applicant's token subject
 */
public record PaymentOrderRequest(String businessRef, String channel, long amountFen, String description,
		String payerSubject) {
}

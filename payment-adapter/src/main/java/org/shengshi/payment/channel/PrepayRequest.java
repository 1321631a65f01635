package org.shengshi.payment.channel;

import java.time.Instant;
import java.util.Objects;

import org.shengshi.payment.money.Fen;

/**
 * A pre-order (下单) request.
 *
 * @param outTradeNo our order number (商户订单号), unique per order
 * @param amount amount to collect
 * @param description shown to the payer
 * @param payerChannelId the payer's id at the channel when the flow needs one (WeChat
 * JSAPI {@code openid}); {@code null} for a QR-code flow
 * @param createdAt when the order was created (UnionPay {@code txnTime})
 * @param expiresAt when the payer can no longer pay
 */
public record PrepayRequest(String outTradeNo, Fen amount, String description, String payerChannelId, Instant createdAt,
		Instant expiresAt) {

	public PrepayRequest {
		Objects.requireNonNull(outTradeNo, "outTradeNo");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}

	public TradeRef tradeRef() {
		return new TradeRef(this.outTradeNo, this.createdAt);
	}

}

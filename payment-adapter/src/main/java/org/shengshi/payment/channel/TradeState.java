package org.shengshi.payment.channel;

/** An order's state at the channel, in our words. */
public enum TradeState {

	/** The channel has no such order. */
	NOT_FOUND,
	/**
	 * Waiting for the payer (WeChat NOTPAY/USERPAYING, Alipay WAIT_BUYER_PAY, UnionPay
	 * 03/04/05).
	 */
	NOT_PAID,
	/**
	 * Paid (WeChat SUCCESS, Alipay TRADE_SUCCESS/TRADE_FINISHED, UnionPay origRespCode
	 * 00).
	 */
	PAID,
	/** Paid, then (partly or fully) refunded (WeChat REFUND). */
	REFUNDED,
	/**
	 * Closed unpaid, or closed after a full refund (WeChat CLOSED/REVOKED, Alipay
	 * TRADE_CLOSED).
	 */
	CLOSED,
	/** The payment failed for good (WeChat PAYERROR, UnionPay final error codes). */
	FAILED

}

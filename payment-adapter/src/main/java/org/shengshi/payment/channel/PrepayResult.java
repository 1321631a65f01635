package org.shengshi.payment.channel;

/**
 * What the payer's app needs to pay.
 *
 * @param kind what {@code value} is
 * @param value the QR code content, WeChat {@code prepay_id}, or UnionPay {@code tn}
 */
public record PrepayResult(Kind kind, String value) {

	public enum Kind {

		/**
		 * Content of a QR code the payer scans (WeChat Native {@code code_url},
		 * Alipay/UnionPay {@code qr_code}).
		 */
		QR_CODE,
		/** WeChat JSAPI / mini-program {@code prepay_id}. */
		PREPAY_ID

	}

}

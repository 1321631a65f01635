package org.shengshi.payment.refund;

import java.time.Instant;

/**
 * A refund as the API shows it.
 *
 * @param status REQUESTED (channel answer pending), PROCESSING, SUCCEEDED, FAILED or
 * ABNORMAL
 * @param failureCode the channel's code when FAILED, else {@code null}
 */
public record RefundView(String id, String orderId, long amountFen, String reason, RefundStatus status,
		String failureCode, Instant requestedAt, Instant succeededAt) {

	static RefundView of(RefundRow row) {
		return new RefundView(row.id(), row.orderId(), row.amountFen(), row.reason(), row.status(), row.failureCode(),
				row.requestedAt(), row.succeededAt());
	}

}

package org.shengshi.payment.refund;

import java.time.Instant;

/**
 * A {@code payment_refund} row. Never leaves the service: the API answers
 * {@link RefundView}.
 */
record RefundRow(String id, String orderId, String outRefundNo, long amountFen, String reason, RefundStatus status,
		String channelRefundNo, String failureCode, String requestedBy, Instant requestedAt, Instant succeededAt,
		Instant updatedAt) {

	RefundRow moved(RefundStatus newStatus, String refundNo, String failure, Instant now) {
		return new RefundRow(this.id, this.orderId, this.outRefundNo, this.amountFen, this.reason, newStatus,
				(refundNo != null) ? refundNo : this.channelRefundNo, failure, this.requestedBy, this.requestedAt,
				(newStatus == RefundStatus.SUCCEEDED) ? now : this.succeededAt, now);
	}

}

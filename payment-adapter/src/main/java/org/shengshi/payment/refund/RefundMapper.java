package org.shengshi.payment.refund;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code payment_refund}. SQL in {@code RefundMapper.xml}. */
@Mapper
interface RefundMapper {

	void insert(RefundRow row);

	RefundRow findById(@Param("id") String id);

	RefundRow findByOutRefundNo(@Param("outRefundNo") String outRefundNo);

	/** The order's refunds, oldest first. */
	List<RefundRow> listByOrder(@Param("orderId") String orderId);

	/** Sum of the order's refunds not yet final (REQUESTED, PROCESSING, ABNORMAL). */
	long sumInFlight(@Param("orderId") String orderId);

	/** Refunds not yet final requested before {@code requestedBefore}, oldest first. */
	List<RefundRow> listUnresolved(@Param("requestedBefore") Instant requestedBefore, @Param("limit") int limit);

	/** Refunds that succeeded in {@code [from, to)}. */
	List<RefundRow> listSucceededBetween(@Param("from") Instant from, @Param("to") Instant to);

	/** The refunds with these numbers (empty collection: none). */
	List<RefundRow> listByOutRefundNos(@Param("outRefundNos") Collection<String> outRefundNos);

	/**
	 * Writes the new status of {@code row} if the stored status is still
	 * {@code expected}.
	 * @return 1 when written, 0 when the refund moved on meanwhile
	 */
	int updateStatus(@Param("row") RefundRow row, @Param("expected") RefundStatus expected);

}

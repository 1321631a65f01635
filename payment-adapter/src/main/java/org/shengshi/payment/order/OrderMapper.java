package org.shengshi.payment.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.shengshi.payment.channel.ChannelId;

/** {@code payment_order}. SQL in {@code OrderMapper.xml}. */
@Mapper
interface OrderMapper {

	/** Inserts a new order; a second order for the same business reference fails. */
	void insert(OrderRow row);

	OrderRow findById(@Param("id") String id);

	/** The order, locked until the end of the transaction ({@code FOR UPDATE}). */
	OrderRow lockById(@Param("id") String id);

	OrderRow findByBusinessRef(@Param("businessRef") String businessRef);

	OrderRow findByOutTradeNo(@Param("outTradeNo") String outTradeNo);

	/**
	 * Orders of {@code channel} in a paid status whose payment time is in
	 * {@code [from, to)}.
	 */
	List<OrderRow> listPaidBetween(@Param("channel") ChannelId channel, @Param("from") Instant from,
			@Param("to") Instant to);

	/** The orders with these numbers (not empty). */
	List<OrderRow> listByOutTradeNos(@Param("outTradeNos") Collection<String> outTradeNos);

	/** The payer's orders, newest first. */
	List<OrderRow> listByPayer(@Param("payerSubject") String payerSubject, @Param("limit") int limit);

	/**
	 * Orders still awaiting payment that were created before {@code createdBefore},
	 * oldest first.
	 */
	List<OrderRow> listAwaitingPayment(@Param("createdBefore") Instant createdBefore, @Param("limit") int limit);

	/**
	 * Writes the state of {@code row} if the stored version is still
	 * {@code expectedVersion}.
	 * @return 1 when written, 0 when someone else changed the order first
	 */
	int updateState(@Param("row") OrderRow row, @Param("expectedVersion") long expectedVersion);

}

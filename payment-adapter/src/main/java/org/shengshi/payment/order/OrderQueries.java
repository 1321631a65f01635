package org.shengshi.payment.order;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of payment orders. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

	static final int PAGE_LIMIT = 100;

	private final OrderMapper orders;

	OrderQueries(OrderMapper orders) {
		this.orders = orders;
	}

	/** The payer's own orders, newest first (at most 100). */
	public List<OrderView> ordersOf(String payerSubject) {
		return this.orders.listByPayer(payerSubject, PAGE_LIMIT).stream().map(OrderView::of).toList();
	}

}

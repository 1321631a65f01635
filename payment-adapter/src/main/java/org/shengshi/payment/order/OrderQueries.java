package org.shengshi.payment.order;

import java.util.List;

import org.shengshi.platform.problem.ProblemException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.HttpStatus;
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

	/**
	 * One order; 404 {@code ORDER_NOT_FOUND} when it does not exist or, for a resident,
	 * is not theirs.
	 */
	public OrderView order(String id, CurrentUser user) {
		OrderRow row = this.orders.findById(id);
		boolean visible = row != null && (user.hasRole("system") || row.payerSubject().equals(user.subject()));
		if (!visible) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "支付订单不存在", "Payment order not found");
		}
		return OrderView.of(row);
	}

}

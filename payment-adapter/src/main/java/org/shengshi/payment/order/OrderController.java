package org.shengshi.payment.order;

import java.util.List;

import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments/orders")
class OrderController {

	private final OrderQueries queries;

	OrderController(OrderQueries queries) {
		this.queries = queries;
	}

	/** The calling resident's own orders. */
	@GetMapping
	@PreAuthorize("hasRole('resident')")
	List<OrderView> myOrders(CurrentUser user) {
		return this.queries.ordersOf(user.subject());
	}

}

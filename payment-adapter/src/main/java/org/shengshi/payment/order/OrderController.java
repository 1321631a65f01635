package org.shengshi.payment.order;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments/orders")
class OrderController {

	private final OrderQueries queries;

	private final OrderService service;

	OrderController(OrderQueries queries, OrderService service) {
		this.queries = queries;
		this.service = service;
	}

	/** The calling resident's own orders. */
	@GetMapping
	@PreAuthorize("hasRole('resident')")
	List<OrderView> myOrders(CurrentUser user) {
		return this.queries.ordersOf(user.subject());
	}

	/** One order: the payer's own, or any for a system client. */
	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('resident', 'system')")
	OrderView order(@PathVariable String id, CurrentUser user) {
		return this.queries.order(id, user);
	}

	/**
	 * Collects a fee on behalf of a business service (system clients): 201 when created,
	 * 200 with the existing order for a business reference seen before.
	 */
	@PostMapping
	@PreAuthorize("hasRole('system')")
	@Idempotent
	ResponseEntity<OrderView> create(@Valid @RequestBody NewOrder request) {
		OrderService.CreatedOrder result = this.service.create(request);
		if (!result.created()) {
			return ResponseEntity.ok(result.order());
		}
		return ResponseEntity.created(URI.create("/api/v1/payments/orders/" + result.order().id()))
			.body(result.order());
	}

}

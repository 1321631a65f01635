package org.shengshi.payment.refund;

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

/**
 * Refunds of a paid order, for system clients (case-service) and platform operators. A
 * refund moves money: the {@code Idempotency-Key} header is required.
 */
@RestController
@RequestMapping("/api/v1/payments/orders/{orderId}/refunds")
class RefundController {

	private final RefundService refunds;

	RefundController(RefundService refunds) {
		this.refunds = refunds;
	}

	/**
	 * 201 with the refund: SUCCEEDED, PROCESSING, or REQUESTED when the channel's answer
	 * is not known yet (the sweep resolves it); FAILED when the channel refused.
	 */
	@PostMapping
	@PreAuthorize("hasAnyRole('system', 'platform_admin')")
	@Idempotent(required = true)
	ResponseEntity<RefundView> refund(@PathVariable String orderId, @Valid @RequestBody NewRefund request,
			CurrentUser user) {
		RefundView refund = this.refunds.request(orderId, request, user.subject());
		return ResponseEntity.created(URI.create("/api/v1/payments/orders/" + orderId + "/refunds/" + refund.id()))
			.body(refund);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('system', 'platform_admin')")
	List<RefundView> refundsOf(@PathVariable String orderId) {
		return this.refunds.refundsOf(orderId);
	}

}

package org.shengshi.cases.casefile;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.shengshi.cases.remote.PaymentOrder;
import org.shengshi.platform.idempotency.Idempotent;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant pays a case's fee: case-service obtains the order from payment-adapter.
 */
@RestController
class PaymentController {

	private final CaseAccess access;

	private final CasePayments payments;

	PaymentController(CaseAccess access, CasePayments payments) {
		this.access = access;
		this.payments = payments;
	}

	@PostMapping("/api/v1/cases/{id}/payment")
	@PreAuthorize("hasRole('resident')")
	@Idempotent
	OrderView pay(CurrentUser user, @PathVariable String id, @Valid @RequestBody PaymentRequest request) {
		return OrderView.of(this.payments.order(this.access.forApplicant(id, user), request.channel()));
	}

	/**
	 * The channel the applicant pays through.
	 *
	 * @param channel {@code WECHAT}, {@code ALIPAY}, {@code UNIONPAY} or {@code SANDBOX}
	 */
	record PaymentRequest(@NotNull @Pattern(regexp = "WECHAT|ALIPAY|UNIONPAY|SANDBOX") String channel) {
	}

	/**
	 * The order to pay.
	 *
	 * @param id payment order id
	 * @param status order status at payment-adapter
	 * @param channel the channel
	 * @param amountFen amount in fen
	 * @param prepayKind what {@code prepayValue} is
	 * @param prepayValue what the payer's app needs (QR content, prepay id)
	 * @param expiresAt when the order closes unpaid
	 */
	record OrderView(String id, String status, String channel, long amountFen, String prepayKind, String prepayValue,
			Instant expiresAt) {

		static OrderView of(PaymentOrder order) {
			return new OrderView(order.id(), order.status(), order.channel(), order.amountFen(), order.prepayKind(),
					order.prepayValue(), order.expiresAt());
		}

	}

}

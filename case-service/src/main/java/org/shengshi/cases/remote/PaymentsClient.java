package org.shengshi.cases.remote;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * payment-adapter's "Creating an order" (docs/architecture.md): {@code POST
 * /api/v1/payments/orders} with case-service's client token. One order per business
 * reference on payment-adapter's side and an {@code Idempotency-Key} derived from the
 * case make a repeated call return the same order.
 */
public class PaymentsClient {

	private static final Logger log = LoggerFactory.getLogger(PaymentsClient.class);

	private final RestClient http;

	private final ServiceToken token;

	PaymentsClient(RestClient http, ServiceToken token) {
		this.http = http;
		this.token = token;
	}

	/**
	 * Creates the order, or returns the one that exists for the same case, channel,
	 * amount and payer.
	 * @throws CaseRuleException {@code PAYMENT_ORDER_CONFLICT} when the case already has
	 * an order on another channel, {@code PAYMENT_UNAVAILABLE} when payment-adapter does
	 * not answer as documented
	 */
	public PaymentOrder createOrder(PaymentOrderRequest request) {
		try {
			PaymentOrder order = this.http.post().uri("/api/v1/payments/orders").headers((h) -> {
				h.setBearerAuth(this.token.value());
				h.set("Idempotency-Key", idempotencyKey(request));
			}).body(request).retrieve().body(PaymentOrder.class);
			if (order == null || order.id() == null || !request.businessRef().equals(order.businessRef())) {
				throw new CaseRuleException(CaseErrorCode.PAYMENT_UNAVAILABLE,
						"payment-adapter answered another order");
			}
			return order;
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
				throw new CaseRuleException(CaseErrorCode.PAYMENT_ORDER_CONFLICT,
						"the case already has a payment order on another channel");
			}
			if (ex.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
				this.token.forget();
			}
			throw unavailable(ex);
		}
		catch (RestClientException | IllegalStateException ex) {
			throw unavailable(ex);
		}
	}

	/**
	 * The same case and channel always carry the same key, so a retry after a lost answer
	 * is replayed rather than run twice.
	 */
	static String idempotencyKey(PaymentOrderRequest request) {
		return "case-payment_" + request.businessRef() + "_" + request.channel();
	}

	private static CaseRuleException unavailable(Exception ex) {
		log.warn("payment-adapter did not answer an order request: {}", ex.toString());
		return new CaseRuleException(CaseErrorCode.PAYMENT_UNAVAILABLE,
				"payment-adapter did not answer: " + ex.getClass().getSimpleName());
	}

}

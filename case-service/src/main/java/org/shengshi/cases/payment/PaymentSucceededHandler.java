package org.shengshi.cases.payment;

import org.shengshi.cases.casefile.PaymentConfirmation;
import org.shengshi.platform.events.EventEnvelope;
import org.shengshi.platform.events.EventHandler;

import org.springframework.stereotype.Component;

/**
 * Consumes {@code payment.succeeded} from payment-adapter's stream. The starter's inbox
 * makes a redelivered event a no-op; the case's own status check makes a second event for
 * the same case one too.
 */
@Component
class PaymentSucceededHandler implements EventHandler {

	static final String SOURCE = "payment-adapter";

	static final String TYPE = "payment.succeeded";

	private final PaymentConfirmation confirmation;

	PaymentSucceededHandler(PaymentConfirmation confirmation) {
		this.confirmation = confirmation;
	}

	@Override
	public String sourceStream() {
		return SOURCE;
	}

	@Override
	public boolean handles(String type) {
		return TYPE.equals(type);
	}

	@Override
	public void handle(EventEnvelope event) {
		PaymentSucceeded data = event.dataAs(PaymentSucceeded.class);
		this.confirmation.confirm(data.businessRef(), data.amountFen(), data.orderId());
	}

}

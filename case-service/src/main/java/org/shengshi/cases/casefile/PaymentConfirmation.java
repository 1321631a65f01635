package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a successful payment to the case it paid for: {@code AWAITING_PAYMENT} →
 * {@code PAID} → {@code COMPLETED}, by the system. A payment for something that is not a
 * case is ignored; a payment for a case already paid is ignored (a second order for the
 * same case is payment-adapter's to refund); a payment whose amount differs from the fee
 * is refused, so the event is retried and ends in the dead-letter stream for a person.
 */
@Component
public class PaymentConfirmation {

	private static final Logger log = LoggerFactory.getLogger(PaymentConfirmation.class);

	private final CaseMapper cases;

	private final CaseTransitions transitions;

	PaymentConfirmation(CaseMapper cases, CaseTransitions transitions) {
		this.cases = cases;
		this.transitions = transitions;
	}

	@Transactional
	public void confirm(String caseId, long amountFen, String orderId) {
		CaseRow row = (caseId != null && caseId.length() == 36) ? this.cases.findById(caseId) : null;
		if (row == null) {
			log.info("Payment order {} is not for a case; ignored", orderId);
			return;
		}
		CaseStatus status = CaseStatus.valueOf(row.status);
		if (status == CaseStatus.PAID || status == CaseStatus.COMPLETED) {
			log.info("Case {} is already paid; payment order {} ignored", row.id, orderId);
			return;
		}
		if (amountFen != row.feeFen) {
			throw new CaseRuleException(CaseErrorCode.PAYMENT_MISMATCH,
					"order " + orderId + " paid " + amountFen + " fen, the fee is " + row.feeFen);
		}
		this.transitions.apply(row, row.version, CaseAction.CONFIRM_PAYMENT, Actor.SYSTEM, ActionInput.none());
	}

}

package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.cases.remote.PaymentOrder;
import org.shengshi.cases.remote.PaymentOrderRequest;
import org.shengshi.cases.remote.PaymentsClient;

import org.springframework.stereotype.Service;

/**
 * Asks payment-adapter for the order that pays a case's fee. No transaction is held
 * during the call and nothing is stored: payment-adapter keeps one order per case
 * ({@code businessRef} = case id), so calling again returns the same order, and
 * {@code payment.succeeded} moves the case on.
 */
@Service
class CasePayments {

	private final PaymentsClient payments;

	CasePayments(PaymentsClient payments) {
		this.payments = payments;
	}

	PaymentOrder order(CaseRow row, String channel) {
		if (CaseStatus.valueOf(row.status) != CaseStatus.AWAITING_PAYMENT) {
			throw new CaseRuleException(CaseErrorCode.CASE_NOT_AWAITING_PAYMENT,
					"the case is " + row.status + ", not awaiting payment");
		}
		String number = (row.caseNumber != null) ? row.caseNumber : row.id;
		return this.payments.createOrder(
				new PaymentOrderRequest(row.id, channel, row.feeFen, row.itemName + " 办件 " + number, row.applicantSub));
	}

}

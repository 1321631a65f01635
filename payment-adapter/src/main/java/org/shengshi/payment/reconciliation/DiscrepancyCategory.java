package org.shengshi.payment.reconciliation;

/** How accountants name a discrepancy. */
public enum DiscrepancyCategory {

	/** 长款: the channel holds money our ledger does not show as collected. */
	LONG("长款"),
	/** 短款: our ledger shows money collected that the channel does not have. */
	SHORT("短款"),
	/** 单边账: a refund recorded on one side only. */
	ONE_SIDED("单边账"),
	/** 金额不符: both sides know it, with different amounts. */
	AMOUNT_MISMATCH("金额不符");

	private final String label;

	DiscrepancyCategory(String label) {
		this.label = label;
	}

	/** The Chinese accounting term. */
	public String label() {
		return this.label;
	}

}

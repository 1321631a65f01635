package org.shengshi.payment.reconciliation;

/**
 * Each kind of difference reconciliation can find, with its category and whether it may
 * be repaired without a person.
 */
public enum DiscrepancyType {

	/**
	 * Paid at the channel, CREATED/PENDING here, same amount: apply the payment
	 * (auto-repair).
	 */
	CHANNEL_PAID_LOCAL_PENDING(DiscrepancyCategory.LONG, true),
	/** Paid at the channel, no such order here (channel-side 单边账 of a payment). */
	CHANNEL_PAID_LOCAL_MISSING(DiscrepancyCategory.LONG, false),
	/** Paid at the channel, CLOSED/FAILED here: the payer must be refunded. */
	CHANNEL_PAID_LOCAL_CLOSED(DiscrepancyCategory.LONG, false),
	/** The same order paid twice on the statement. */
	DUPLICATE_CHANNEL_PAYMENT(DiscrepancyCategory.LONG, false),
	/** Paid here on the statement day, absent from the channel statement. */
	LOCAL_PAID_CHANNEL_MISSING(DiscrepancyCategory.SHORT, false),
	/** Both sides have the payment with different amounts. */
	PAYMENT_AMOUNT_MISMATCH(DiscrepancyCategory.AMOUNT_MISMATCH, false),
	/** Refunded at the channel, no such refund here. */
	CHANNEL_REFUND_LOCAL_MISSING(DiscrepancyCategory.ONE_SIDED, false),
	/** Refunded at the channel, pending or failed here. */
	CHANNEL_REFUND_LOCAL_NOT_SUCCEEDED(DiscrepancyCategory.ONE_SIDED, false),
	/** Refund succeeded here on the statement day, absent from the channel statement. */
	LOCAL_REFUND_CHANNEL_MISSING(DiscrepancyCategory.ONE_SIDED, false),
	/** The same refund twice on the statement: the channel paid it out twice. */
	DUPLICATE_CHANNEL_REFUND(DiscrepancyCategory.SHORT, false),
	/** Both sides have the refund with different amounts. */
	REFUND_AMOUNT_MISMATCH(DiscrepancyCategory.AMOUNT_MISMATCH, false);

	private final DiscrepancyCategory category;

	private final boolean autoRepairable;

	DiscrepancyType(DiscrepancyCategory category, boolean autoRepairable) {
		this.category = category;
		this.autoRepairable = autoRepairable;
	}

	public DiscrepancyCategory category() {
		return this.category;
	}

	public boolean autoRepairable() {
		return this.autoRepairable;
	}

}

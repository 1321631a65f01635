package org.shengshi.catalog.item;

/**
 * What an item costs the applicant (收费). Money is in fen (分, CNY), never floating point.
 *
 * @param amountFen 0 when free
 * @param legalBasis the charging basis (收费依据), required when the item is not free
 * @param description optional wording of the standard, e.g. 每本120元
 */
public record Fee(long amountFen, String legalBasis, String description) {

	private static final Fee NONE = new Fee(0, null, null);

	/** The item is free (不收费). */
	public static Fee none() {
		return NONE;
	}

	public static Fee of(long amountFen, String legalBasis) {
		return new Fee(amountFen, legalBasis, null);
	}

	public boolean isFree() {
		return this.amountFen == 0;
	}

}

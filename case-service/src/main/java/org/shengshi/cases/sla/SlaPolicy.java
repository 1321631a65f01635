package org.shengshi.cases.sla;

/**
 * How the clock judges a case.
 *
 * @param warningPercent share of the limit, in percent (1..100), from which a case is in
 * {@link SlaState#WARNING}
 */
public record SlaPolicy(int warningPercent) {

	public static final SlaPolicy DEFAULT = new SlaPolicy(80);

	public SlaPolicy {
		if (warningPercent < 1 || warningPercent > 100) {
			throw new IllegalArgumentException("warningPercent must be within 1..100, was " + warningPercent);
		}
	}

	/** The working day (1-based) on which the warning starts for a limit. */
	int warningDay(int limitWorkingDays) {
		return Math.max(1, (limitWorkingDays * this.warningPercent + 99) / 100);
	}

}

package org.shengshi.catalog.item;

/**
 * Time limits in working days (工作日): the statutory limit (法定办结时限) and the shorter limit
 * the department promises (承诺办结时限), which case-service's SLA clock enforces. An instant
 * item (即办件) promises 0.
 */
public record TimeLimits(int statutoryDays, int promisedDays) {

	/** Limits of an instant item whose statutory limit is {@code statutoryDays}. */
	public static TimeLimits instant(int statutoryDays) {
		return new TimeLimits(statutoryDays, 0);
	}

}

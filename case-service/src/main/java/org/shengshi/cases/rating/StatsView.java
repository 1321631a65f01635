package org.shengshi.cases.rating;

import java.util.List;

/**
 * Evaluation statistics of the caller's department and of each of its items.
 *
 * @param department the department's totals
 * @param items per item code
 */
record StatsView(RatingStats department, List<RatingStats> items) {
}

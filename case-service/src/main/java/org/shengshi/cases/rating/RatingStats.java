package org.shengshi.cases.rating;

/**
 * Evaluation statistics of a department or one of its items.
 *
 * @param key the department code or the item code
 * @param ratings how many evaluations
 * @param averageOverallPercent average overall level × 100 (e.g. 420 = 4.2), integer
 * @param bad ratings of 1 or 2 (差评)
 */
record RatingStats(String key, long ratings, long averageOverallPercent, long bad) {
}

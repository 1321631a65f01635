package org.shengshi.cases.rating;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.shengshi.cases.evaluation.Indicator;

/**
 * A resident's rating of a concluded case.
 *
 * @param ratings indicator → level 1..5; {@code OVERALL} required
 * @param comment free text, at most 500 characters
 */
record RatingRequest(@NotEmpty Map<Indicator, Integer> ratings, @Size(max = 500) String comment) {
}

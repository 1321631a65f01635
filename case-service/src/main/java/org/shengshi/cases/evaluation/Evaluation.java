package org.shengshi.cases.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * One applicant's rating of a case.
 *
 * @param ratings level per indicator; {@link Indicator#OVERALL} required
 * @param comment free text, at most {@value #MAX_COMMENT} characters, may be empty
 */
public record Evaluation(Map<Indicator, Rating> ratings, String comment) {

	public static final int MAX_COMMENT = 500;

	public Evaluation {
		if (ratings == null || ratings.get(Indicator.OVERALL) == null) {
			throw new CaseRuleException(CaseErrorCode.EVALUATION_INVALID, "the overall rating is required");
		}
		if (ratings.entrySet().stream().anyMatch((entry) -> entry.getKey() == null || entry.getValue() == null)) {
			throw new CaseRuleException(CaseErrorCode.EVALUATION_INVALID, "every rated indicator needs a level");
		}
		comment = (comment != null) ? comment.strip() : "";
		if (comment.length() > MAX_COMMENT) {
			throw new CaseRuleException(CaseErrorCode.EVALUATION_INVALID,
					"the comment may have at most " + MAX_COMMENT + " characters");
		}
		ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
	}

	public Rating overall() {
		return this.ratings.get(Indicator.OVERALL);
	}

}

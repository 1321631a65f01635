package org.shengshi.cases.rating;

import java.time.Instant;

/** One row of {@code case_evaluation}; levels 1..5, {@code null} when not rated. */
record EvaluationRow(String caseId, String applicantSub, String departmentCode, String itemCode, int overall,
		Integer efficiency, Integer guideAccuracy, Integer convenience, Integer easeOfUse, String comment,
		Instant ratedAt) {
}

package org.shengshi.cases.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shengshi.cases.calendar.CalendarResult;
import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

/**
 * Who may rate when, and what a bad rating sets off.
 */
public final class EvaluationRules {

	/** Working days a department has to answer a bad rating. */
	public static final int RECTIFICATION_WORKING_DAYS = 15;

	private final WorkingDayCalendar calendar;

	public EvaluationRules(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * Accepts a rating of a concluded case that has none yet; opens a rectification
	 * ticket when the overall rating is 1 or 2.
	 */
	public Optional<RectificationTicket> rate(CaseStatus status, boolean alreadyRated, Evaluation evaluation,
			Instant ratedAt) {
		if (!status.isConcluded()) {
			throw new CaseRuleException(CaseErrorCode.EVALUATION_NOT_ALLOWED,
					"a case can be rated once it is concluded, it is " + status);
		}
		if (alreadyRated) {
			throw new CaseRuleException(CaseErrorCode.EVALUATION_ALREADY_SUBMITTED, "each case is rated once");
		}
		if (!evaluation.overall().isBad()) {
			return Optional.empty();
		}
		LocalDate openedOn = ChinaTime.dateOf(ratedAt);
		CalendarResult<LocalDate> due = this.calendar.addWorkingDays(openedOn, RECTIFICATION_WORKING_DAYS);
		List<Indicator> bad = evaluation.ratings()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().isBad())
			.map(Map.Entry::getKey)
			.toList();
		return Optional.of(new RectificationTicket(openedOn, due.value(), bad, due.fallbackYears()));
	}

}

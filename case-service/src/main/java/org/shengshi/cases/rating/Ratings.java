package org.shengshi.cases.rating;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shengshi.cases.casefile.CaseFacts;
import org.shengshi.cases.casefile.CaseLookup;
import org.shengshi.cases.evaluation.Evaluation;
import org.shengshi.cases.evaluation.EvaluationRules;
import org.shengshi.cases.evaluation.Indicator;
import org.shengshi.cases.evaluation.Rating;
import org.shengshi.cases.evaluation.RectificationTicket;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations (好差评): one per concluded case by its applicant; a 1 or 2 opens a
 * rectification ticket for the department, due in 15 working days; the department
 * answers; statistics per department and item.
 */
@Service
class Ratings {

	private final RatingMapper ratings;

	private final CaseLookup cases;

	private final EvaluationRules rules;

	private final Clock clock;

	Ratings(RatingMapper ratings, CaseLookup cases, EvaluationRules rules, Clock clock) {
		this.ratings = ratings;
		this.cases = cases;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional
	RatingResult rate(String caseId, CurrentUser resident, RatingRequest request) {
		CaseFacts facts = this.cases.forApplicant(caseId, resident);
		Map<Indicator, Rating> levels = new EnumMap<>(Indicator.class);
		request.ratings().forEach((indicator, level) -> levels.put(indicator, Rating.of(level)));
		Evaluation evaluation = new Evaluation(levels, request.comment());
		Instant now = this.clock.instant();
		Optional<RectificationTicket> ticket = this.rules.rate(facts.status(),
				this.ratings.evaluationExists(facts.id()), evaluation, now);
		try {
			this.ratings.insertEvaluation(new EvaluationRow(facts.id(), facts.applicantSub(), facts.departmentCode(),
					facts.itemCode(), evaluation.overall().level(), level(levels, Indicator.EFFICIENCY),
					level(levels, Indicator.GUIDE_ACCURACY), level(levels, Indicator.CONVENIENCE),
					level(levels, Indicator.EASE_OF_USE), evaluation.comment(), now));
		}
		catch (DuplicateKeyException ex) {
			throw new CaseRuleException(CaseErrorCode.EVALUATION_ALREADY_SUBMITTED, "each case is rated once");
		}
		if (ticket.isEmpty()) {
			return new RatingResult(facts.id(), evaluation.overall().level(), null, null, new TreeSet<>());
		}
		RectificationTicket opened = ticket.get();
		String ticketId = UUID.randomUUID().toString();
		this.ratings.insertTicket(new TicketRow(ticketId, facts.id(), facts.departmentCode(), facts.itemCode(),
				opened.openedOn(), opened.dueOn(),
				opened.badIndicators().stream().map(Enum::name).collect(Collectors.joining(",")),
				opened.fallbackYears().stream().map(String::valueOf).collect(Collectors.joining(",")), "OPEN", null,
				null, null));
		return new RatingResult(facts.id(), evaluation.overall().level(), ticketId, opened.dueOn(),
				new TreeSet<>(opened.fallbackYears()));
	}

	List<TicketView> tickets(String department, String status) {
		return this.ratings.listTickets(department, status).stream().map(TicketView::of).toList();
	}

	@Transactional
	TicketView answer(String ticketId, CurrentUser staff, TicketAnswer answer) {
		String department = staff.requireDepartment();
		if (this.ratings.answerTicket(ticketId, department, answer.answer(), staff.subject(),
				this.clock.instant()) == 1) {
			return TicketView.of(this.ratings.findTicket(ticketId, department));
		}
		if (this.ratings.findTicket(ticketId, department) == null) {
			throw new CaseRuleException(CaseErrorCode.RECTIFICATION_NOT_FOUND, "no such ticket in the department");
		}
		throw new CaseRuleException(CaseErrorCode.RECTIFICATION_ALREADY_ANSWERED, "the ticket is answered");
	}

	StatsView stats(String department) {
		return new StatsView(this.ratings.departmentStats(department), this.ratings.itemStats(department));
	}

	private static Integer level(Map<Indicator, Rating> levels, Indicator indicator) {
		Rating rating = levels.get(indicator);
		return (rating != null) ? rating.level() : null;
	}

}

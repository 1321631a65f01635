package org.shengshi.cases.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.calendar.HolidayCalendarLoader;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvaluationRulesTest {

	private static final EvaluationRules RULES = new EvaluationRules(HolidayCalendarLoader.builtIn());

	@Test
	void badOverallRatingOpensATicketDueFifteenWorkingDaysLater() {
		Evaluation evaluation = new Evaluation(ratings(Rating.DISSATISFIED, Rating.VERY_DISSATISFIED, Rating.FAIR),
				"等了很久");
		Optional<RectificationTicket> ticket = RULES.rate(CaseStatus.COMPLETED, false, evaluation,
				at("2025-09-26T10:00"));
		assertThat(ticket).isPresent();
		// Fri 09-26: Sun 09-28 (worked), 29, 30, [10-01..08], 09, 10, Sat 10-11 (worked),
		// 13..17, 20..23
		assertThat(ticket.get().openedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
		assertThat(ticket.get().dueOn()).isEqualTo(LocalDate.of(2025, 10, 23));
		assertThat(ticket.get().badIndicators()).containsExactly(Indicator.OVERALL, Indicator.EFFICIENCY);
		assertThat(ticket.get().calendarComplete()).isTrue();
	}

	@Test
	void veryDissatisfiedAlsoOpensATicket() {
		assertThat(RULES.rate(CaseStatus.DENIED, false, new Evaluation(Map.of(Indicator.OVERALL, Rating.of(1)), null),
				at("2026-02-13T10:00")))
			.get()
			.extracting(RectificationTicket::dueOn)
			// Fri 02-13: Sat 02-14 (worked), [02-15..23], 24..27, Sat 02-28 (worked),
			// 03-02..06, 09..12
			.isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void fairOrBetterOverallOpensNothingEvenWithABadIndicator() {
		Evaluation evaluation = new Evaluation(ratings(Rating.FAIR, Rating.VERY_DISSATISFIED, Rating.SATISFIED), "");
		assertThat(RULES.rate(CaseStatus.COMPLETED, false, evaluation, at("2025-09-26T10:00"))).isEmpty();
		assertThat(RULES.rate(CaseStatus.COMPLETED, false,
				new Evaluation(Map.of(Indicator.OVERALL, Rating.VERY_SATISFIED), "很方便"), at("2025-09-26T10:00")))
			.isEmpty();
	}

	@Test
	void ticketDueInAYearWithoutNoticeSaysSo() {
		RectificationTicket ticket = RULES
			.rate(CaseStatus.COMPLETED, false, new Evaluation(Map.of(Indicator.OVERALL, Rating.DISSATISFIED), null),
					at("2026-12-21T10:00"))
			.orElseThrow();
		assertThat(ticket.calendarComplete()).isFalse();
		assertThat(ticket.fallbackYears()).containsExactly(2027);
	}

	@Test
	void onlyConcludedCasesCanBeRatedAndOnlyOnce() {
		Evaluation evaluation = new Evaluation(Map.of(Indicator.OVERALL, Rating.SATISFIED), null);
		for (CaseStatus status : CaseStatus.values()) {
			if (!status.isConcluded()) {
				assertRefused(() -> RULES.rate(status, false, evaluation, at("2025-03-03T10:00")),
						CaseErrorCode.EVALUATION_NOT_ALLOWED);
			}
		}
		assertRefused(() -> RULES.rate(CaseStatus.COMPLETED, true, evaluation, at("2025-03-03T10:00")),
				CaseErrorCode.EVALUATION_ALREADY_SUBMITTED);
	}

	@Test
	void validatesLevelsOverallAndComment() {
		assertRefused(() -> Rating.of(0), CaseErrorCode.EVALUATION_INVALID);
		assertRefused(() -> Rating.of(6), CaseErrorCode.EVALUATION_INVALID);
		assertRefused(() -> new Evaluation(Map.of(Indicator.EFFICIENCY, Rating.SATISFIED), null),
				CaseErrorCode.EVALUATION_INVALID);
		assertRefused(() -> new Evaluation(null, null), CaseErrorCode.EVALUATION_INVALID);
		Map<Indicator, Rating> unrated = new HashMap<>();
		unrated.put(Indicator.OVERALL, Rating.FAIR);
		unrated.put(Indicator.EFFICIENCY, null);
		assertRefused(() -> new Evaluation(unrated, null), CaseErrorCode.EVALUATION_INVALID);
		String tooLong = String.join("", Collections.nCopies(Evaluation.MAX_COMMENT + 1, "慢"));
		assertRefused(() -> new Evaluation(Map.of(Indicator.OVERALL, Rating.FAIR), tooLong),
				CaseErrorCode.EVALUATION_INVALID);
		assertThat(new Evaluation(Map.of(Indicator.OVERALL, Rating.FAIR), "  好  ").comment()).isEqualTo("好");
		assertThat(Rating.of(5).label()).isEqualTo("非常满意");
		assertThat(Rating.of(1).label()).isEqualTo("非常不满意");
	}

	private static Map<Indicator, Rating> ratings(Rating overall, Rating efficiency, Rating guide) {
		Map<Indicator, Rating> ratings = new EnumMap<>(Indicator.class);
		ratings.put(Indicator.GUIDE_ACCURACY, guide);
		ratings.put(Indicator.EFFICIENCY, efficiency);
		ratings.put(Indicator.OVERALL, overall);
		return ratings;
	}

	private static void assertRefused(Runnable call, CaseErrorCode code) {
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	private static Instant at(String shanghaiLocal) {
		return LocalDateTime.parse(shanghaiLocal).atZone(ChinaTime.ZONE).toInstant();
	}

}

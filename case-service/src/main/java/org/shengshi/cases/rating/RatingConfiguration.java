package org.shengshi.cases.rating;

import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.evaluation.EvaluationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RatingConfiguration {

	@Bean
	EvaluationRules evaluationRules(WorkingDayCalendar calendar) {
		return new EvaluationRules(calendar);
	}

}

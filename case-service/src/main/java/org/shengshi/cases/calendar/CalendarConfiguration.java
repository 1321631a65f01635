package org.shengshi.cases.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the working-day calendar a bean, loaded once at start; bad operator data stops
 * the start with the problems listed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
		return HolidayCalendarLoader.load(properties.path());
	}

}

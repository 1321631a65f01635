package org.shengshi.cases.casefile;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseFileConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

package org.shengshi.cases.casefile;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InquiryLimits.class)
class CaseFileConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

package org.shengshi.cases.sla;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SLA policy bean from {@link SlaProperties}, validated at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaProperties.class)
class SlaConfiguration {

	@Bean
	SlaPolicy slaPolicy(SlaProperties properties) {
		return new SlaPolicy(properties.warningPercent());
	}

}

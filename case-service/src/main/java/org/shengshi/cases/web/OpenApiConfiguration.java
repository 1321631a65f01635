package org.shengshi.cases.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI caseServiceOpenApi() {
		return new OpenAPI().info(new Info().title("case-service")
			.description("Cases (办件) filed against published item versions: filing, officer work queues, "
					+ "the working-day clock, timelines, evaluations.")
			.version("v1"));
	}

}

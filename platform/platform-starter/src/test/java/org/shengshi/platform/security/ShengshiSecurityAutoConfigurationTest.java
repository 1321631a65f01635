package org.shengshi.platform.security;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.problem.ProblemAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class ShengshiSecurityAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ProblemAutoConfiguration.class,
				ShengshiSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class))
		.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/certs");

	@Test
	void serviceWithoutItsOwnChainGetsTheDefaultOne() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(SecurityFilterChain.class))
				.containsOnlyKeys("shengshiSecurityFilterChain");
			assertThat(context).hasSingleBean(JwtAuthenticationConverter.class);
		});
	}

	@Test
	void defaultChainBacksOffWhenTheServiceDeclaresItsOwn() {
		this.runner.withUserConfiguration(OwnChain.class)
			.run((context) -> assertThat(context.getBeansOfType(SecurityFilterChain.class))
				.containsOnlyKeys("ownChain"));
	}

	@Test
	void publicPathThatIsNotAPathStopsTheStart() {
		this.runner.withPropertyValues("shengshi.security.public-paths=api/v1/open")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must start with /"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll()).build();
		}

	}

}

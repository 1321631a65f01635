package org.shengshi.platform.security;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.common.security.HeaderCharacters;
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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

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
	void theFilterChainsAreGuardedByTheLoopFirstFirewall() {
		this.runner.run((context) -> {
			StrictHttpFirewall firewall = context.getBean(StrictHttpFirewall.class);
			for (String rule : new String[] { "allowedHeaderNames", "allowedHeaderValues", "allowedParameterNames" }) {
				assertThat(ReflectionTestUtils.getField(firewall, rule)).as(rule).isInstanceOf(HeaderCharacters.class);
			}
			// the bean Spring Security registers wraps the chains' proxy, which checks
			// requests
			Object chains = ReflectionTestUtils.getField(context.getBean("springSecurityFilterChain"),
					"springSecurityFilterChain");
			assertThat(chains).isInstanceOf(FilterChainProxy.class);
			assertThat(ReflectionTestUtils.getField(chains, "firewall")).isSameAs(firewall);
		});
	}

	@Test
	void bearerTokensAreReadWithoutARegularExpression() {
		this.runner.run((context) -> {
			BearerTokenAuthenticationFilter filter = context.getBean(SecurityFilterChain.class)
				.getFilters()
				.stream()
				.filter(BearerTokenAuthenticationFilter.class::isInstance)
				.map(BearerTokenAuthenticationFilter.class::cast)
				.findFirst()
				.orElseThrow();
			Object converter = ReflectionTestUtils.getField(filter, "authenticationConverter");
			assertThat(converter).isInstanceOf(BearerTokenAuthenticationConverter.class);
			assertThat(ReflectionTestUtils.getField(converter, "bearerTokenResolver"))
				.isInstanceOf(HeaderBearerTokenResolver.class);
		});
	}

	@Test
	void aServiceMaySupplyItsOwnFirewall() {
		this.runner.withBean("ownFirewall", HttpFirewall.class, StrictHttpFirewall::new)
			.run((context) -> assertThat(context.getBeansOfType(HttpFirewall.class)).containsOnlyKeys("ownFirewall"));
	}

	@Test
	void theTokenDecoderRemembersAcceptedTokensUnlessSwitchedOff() {
		this.runner.run((context) -> assertThat(context.getBean(JwtDecoder.class)).isInstanceOf(AcceptedTokens.class));
		this.runner.withPropertyValues("shengshi.security.accepted-tokens.max-size=0")
			.run((context) -> assertThat(context.getBean(JwtDecoder.class)).isNotInstanceOf(AcceptedTokens.class));
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

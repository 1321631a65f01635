package org.shengshi.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.shengshi.platform.common.security.AcceptedTokenMemory;
import org.shengshi.platform.common.security.HeaderCharacters;
import org.shengshi.platform.problem.ProblemAutoConfiguration;
import org.shengshi.platform.problem.ProblemWriter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Resource-server security for a servlet service. JWT validation (signature, issuer,
 * timestamps, audience) comes from Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} decoder; this adds Keycloak realm
 * roles, the default stateless filter chain (which backs off when the service declares
 * its own), problem+json 401/403, method security and the {@link CurrentUser} argument.
 * Accepted tokens are remembered ({@link AcceptedTokens}), and the strict firewall checks
 * header characters without regular expressions where it can ({@link HeaderCharacters}).
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class,
		before = { ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
				OAuth2ResourceServerAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ShengshiSecurityProperties.class)
public class ShengshiSecurityAutoConfiguration {

	/**
	 * Wraps the token decoder in {@link AcceptedTokens}:
	 * {@code shengshi.security.accepted-tokens.max-size} tokens (default 10,000; 0 turns
	 * it off), each for at most {@code shengshi.security.accepted-tokens.max-age}
	 * (default 5 min).
	 */
	@Bean
	static BeanPostProcessor rememberAcceptedTokens(Environment environment) {
		long maxSize = environment.getProperty("shengshi.security.accepted-tokens.max-size", Long.class, 10_000L);
		Duration maxAge = environment.getProperty("shengshi.security.accepted-tokens.max-age", Duration.class,
				Duration.ofMinutes(5));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (maxSize > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof AcceptedTokens)) {
					return new AcceptedTokens(decoder, new AcceptedTokenMemory(Clock.systemUTC(), maxSize, maxAge));
				}
				return bean;
			}
		};
	}

	/**
	 * Spring Security's strict firewall with its default rules, the header and parameter
	 * name rules and the header value rule decided by {@link HeaderCharacters}. Spring
	 * Security's {@code WebSecurity} puts the application's {@link HttpFirewall} bean in
	 * front of the filter chains.
	 */
	/**
	 * No observations of Spring Security's own: with this setting it neither wraps each
	 * of its filters, nor the authentication and authorization managers, in an observing
	 * decorator. {@code management.observations.enable.spring.security=false} only turned
	 * the observations into no-ops behind the decorators, which still took about 2 % of
	 * the gateway's CPU per request (docs/performance.md, session 13). Requests stay
	 * observed as {@code http.server.requests}.
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnMissingBean(HttpFirewall.class)
	StrictHttpFirewall strictHttpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters.names(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
		firewall.setAllowedHeaderValues(HeaderCharacters.values(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
		firewall.setAllowedParameterNames(HeaderCharacters.names(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES));
		return firewall;
	}

	@Bean
	@ConditionalOnMissingBean
	JwtAuthenticationConverter keycloakJwtAuthenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		return converter;
	}

	@Bean
	ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter writer) {
		return new ProblemAuthenticationEntryPoint(writer);
	}

	@Bean
	ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemWriter writer) {
		return new ProblemAccessDeniedHandler(writer);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain shengshiSecurityFilterChain(HttpSecurity http, ShengshiSecurityProperties properties,
			JwtAuthenticationConverter jwtConverter, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler) throws Exception {
		http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PublicPaths.matchers(properties.publicPaths()))
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationConverter(bearerTokens())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(jwtConverter))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler));
		return http.build();
	}

	/** Spring's converter with the bearer token read without a regular expression. */
	private static BearerTokenAuthenticationConverter bearerTokens() {
		BearerTokenAuthenticationConverter converter = new BearerTokenAuthenticationConverter();
		converter.setBearerTokenResolver(new HeaderBearerTokenResolver());
		return converter;
	}

	@Bean
	WebMvcConfigurer currentUserArgumentConfigurer() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CurrentUserArgumentResolver());
			}
		};
	}

	@Configuration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class MethodSecurity {

	}

}

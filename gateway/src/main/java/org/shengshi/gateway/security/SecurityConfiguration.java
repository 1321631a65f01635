package org.shengshi.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.shengshi.gateway.filters.DirectWebFilterChain;
import org.shengshi.gateway.problem.ProblemResponses;
import org.shengshi.platform.common.security.AcceptedTokenMemory;
import org.shengshi.platform.common.security.HeaderCharacters;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Stateless resource-server security: anonymous access only to {@link AnonymousPaths},
 * {@code platform_admin} for the remaining actuator endpoints, a valid token for
 * everything else. Security headers and CORS are the edge filters' job.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	static final String[] NONE = new String[0];

	/**
	 * Wraps the token decoder Spring Boot configures (issuer, audience, JWKS) in
	 * {@link AcceptedTokens}: {@code shengshi.gateway.accepted-tokens.max-size} tokens
	 * (default 10,000; 0 turns it off), each for at most
	 * {@code shengshi.gateway.accepted-tokens.max-age} (default 5 min).
	 */
	@Bean
	static BeanPostProcessor rememberAcceptedTokens(Environment environment) {
		long maxSize = acceptedTokensMaxSize(environment);
		Duration maxAge = environment.getProperty("shengshi.gateway.accepted-tokens.max-age", Duration.class,
				Duration.ofMinutes(5));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (maxSize > 0 && bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof AcceptedTokens)) {
					return new AcceptedTokens(decoder, new AcceptedTokenMemory(Clock.systemUTC(), maxSize, maxAge));
				}
				return bean;
			}
		};
	}

	/**
	 * Spring Security's filters run as a {@link DirectWebFilterChain}, each calling the
	 * next directly, instead of its default chain, which wraps each filter of each
	 * request in a deferred {@code Mono} and a named checkpoint (docs/performance.md,
	 * session 17). The filters, their order and what they do are Spring Security's.
	 */
	@Bean
	static BeanPostProcessor directSecurityFilterChain() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof WebFilterChainProxy proxy) {
					proxy.setFilterChainDecorator(new DirectChains());
				}
				return bean;
			}
		};
	}

	/** Spring Security's filters for a request as a {@link DirectWebFilterChain}. */
	static final class DirectChains implements WebFilterChainProxy.WebFilterChainDecorator {

		@Override
		public WebFilterChain decorate(WebFilterChain original) {
			return original;
		}

		@Override
		public WebFilterChain decorate(WebFilterChain original, List<WebFilter> filters) {
			return DirectWebFilterChain.of(filters, original);
		}

	}

	/**
	 * No observations of Spring Security's own: with this setting it neither wraps each
	 * of its filters, nor the authentication and authorization managers, in an observing
	 * decorator. {@code management.observations.enable.spring.security=false} only turned
	 * the observations into no-ops behind the decorators, which still took about 2 % of
	 * the gateway's Java samples per request (docs/performance.md, session 13). Requests
	 * stay timed as {@code http.server.requests} (the access log filter records it).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The firewall of Spring Security's {@code WebFilterChainProxy}, which
	 * {@code WebFluxSecurityConfiguration} takes from the only
	 * {@link ServerWebExchangeFirewall} bean: the strict default with all its settings,
	 * only its header name and value rules put behind {@link HeaderCharacters}, which
	 * answers printable ASCII without the rules' regular expressions (ADR 0033).
	 */
	@Bean
	ServerWebExchangeFirewall firewall() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters.names(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES));
		firewall.setAllowedHeaderValues(HeaderCharacters.values(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES));
		return firewall;
	}

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemResponses problems,
			Environment environment) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
		ProblemAccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler(problems);
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(new RealmRoles());
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(SecurityConfiguration::authorize)
			.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenConverter(new BearerTokenConverter())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(authentications(tokens, environment)))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(deniedHandler))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
			.build();
	}

	private static long acceptedTokensMaxSize(Environment environment) {
		return environment.getProperty("shengshi.gateway.accepted-tokens.max-size", Long.class, 10_000L);
	}

	/**
	 * While accepted tokens are remembered, so is the authentication made from each
	 * ({@link RememberedAuthentications}).
	 */
	private static Converter<Jwt, Mono<AbstractAuthenticationToken>> authentications(JwtAuthenticationConverter tokens,
			Environment environment) {
		long maxSize = acceptedTokensMaxSize(environment);
		return (maxSize > 0) ? new RememberedAuthentications(tokens, maxSize)
				: new ReactiveJwtAuthenticationConverterAdapter(tokens);
	}

	private static void authorize(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(AnonymousPaths.PUBLIC_READ_METHOD, AnonymousPaths.PUBLIC_READS.toArray(NONE))
			.permitAll()
			.pathMatchers(AnonymousPaths.CALLBACK_METHOD, AnonymousPaths.PAYMENT_CALLBACKS.toArray(NONE))
			.permitAll()
			.pathMatchers(AnonymousPaths.SIGNUP_METHOD, AnonymousPaths.SIGNUP.toArray(NONE))
			.permitAll()
			.pathMatchers(AnonymousPaths.OPERATIONS.toArray(NONE))
			.permitAll()
			.pathMatchers("/actuator/**")
			.hasRole("platform_admin")
			.anyExchange()
			.authenticated();
	}

}

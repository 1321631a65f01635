package org.shengshi.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.shengshi.gateway.problem.UpstreamFailures;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every route's circuit breaker counts only failures of the service (unreachable, reset,
 * timed out); a client's own error such as a too-large body never opens a circuit. The
 * Resilience4j time limiter is switched off in {@code application.yml}: the per-route
 * response timeout is the limit, and a long download must not be cut.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(ResilienceProperties resilience) {
		ResilienceProperties.CircuitBreaker settings = resilience.circuitBreaker();
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.failureRateThreshold(settings.failureRateThreshold())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			.recordException(UpstreamFailures::isUpstreamFailure)
			.build();
		return (factory) -> factory
			.configureDefault((id) -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(config).build());
	}

}

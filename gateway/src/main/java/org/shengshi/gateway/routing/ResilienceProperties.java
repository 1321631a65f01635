package org.shengshi.gateway.routing;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Timeouts, retries and circuit breaking towards the services.
 *
 * @param connectTimeout time to open a connection to a service
 * @param responseTimeout default longest time a service may stay silent once called:
 * before the first byte of its answer and between any two (a long answer that keeps
 * coming is not cut); see {@link UpstreamClients}
 * @param routeTimeouts response timeout per route id, overriding the default
 * @param idempotentRetries retries of GET/HEAD whose connection failed (0 to 2)
 * @param circuitBreaker the circuit breaker every route gets
 */
@Validated
@ConfigurationProperties("shengshi.gateway.resilience")
public record ResilienceProperties(@NotNull @DefaultValue("2s") Duration connectTimeout,
		@NotNull @DefaultValue("10s") Duration responseTimeout, Map<String, Duration> routeTimeouts,
		@Min(0) @Max(2) @DefaultValue("1") int idempotentRetries,
		@Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker) {

	public ResilienceProperties {
		routeTimeouts = (routeTimeouts != null) ? Map.copyOf(routeTimeouts) : Map.of();
	}

	Duration responseTimeout(String routeId) {
		return this.routeTimeouts.getOrDefault(routeId, this.responseTimeout);
	}

	/**
	 * A count-based Resilience4j circuit breaker.
	 *
	 * @param failureRateThreshold percentage of failed calls that opens the circuit
	 * @param slidingWindowSize calls the failure rate is computed over
	 * @param minimumNumberOfCalls calls needed before the rate counts
	 * @param waitInOpenState how long the circuit stays open before trying again
	 * @param permittedCallsInHalfOpenState trial calls once the wait is over
	 */
	public record CircuitBreaker(@Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold,
			@Min(1) @DefaultValue("20") int slidingWindowSize, @Min(1) @DefaultValue("10") int minimumNumberOfCalls,
			@NotNull @DefaultValue("10s") Duration waitInOpenState,
			@Min(1) @DefaultValue("3") int permittedCallsInHalfOpenState) {
	}

}

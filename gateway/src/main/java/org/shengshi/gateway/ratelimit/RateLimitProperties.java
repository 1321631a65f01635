package org.shengshi.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate-limit budgets and the behaviour when Redis is unavailable.
 *
 * @param enabled whether routes are rate limited at all
 * @param perUser default budget per authenticated subject and route (50 per second)
 * @param perIp default budget per client address and route (100 per second)
 * @param routes budgets per route id that replace the defaults
 * @param syncInterval how often each instance sends the tokens it took to the shared
 * buckets in Redis and adopts their level (requests are decided locally meanwhile)
 * @param redisTimeout how long a sync may wait for Redis (per 1,000 buckets) before Redis
 * counts as down
 * @param redisRetryInterval while Redis is down, how often a background ping checks
 * whether it is back (requests meanwhile use local buckets only)
 * @param localMaxKeys most buckets kept in memory (least recently used go first)
 * @param keyPrefix prefix of the Redis keys
 */
@Validated
@ConfigurationProperties("shengshi.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @Valid Budget perUser, @Valid Budget perIp,
		Map<String, @Valid RouteBudgets> routes, @NotNull @DefaultValue("100ms") Duration syncInterval,
		@NotNull @DefaultValue("250ms") Duration redisTimeout, @NotNull @DefaultValue("1s") Duration redisRetryInterval,
		@Min(100) @DefaultValue("100000") int localMaxKeys,
		@NotBlank @DefaultValue("shengshi:gateway:rate") String keyPrefix) {

	public RateLimitProperties {
		perUser = (perUser != null) ? perUser : new Budget(50, Duration.ofSeconds(1));
		perIp = (perIp != null) ? perIp : new Budget(100, Duration.ofSeconds(1));
		routes = (routes != null) ? Map.copyOf(routes) : Map.of();
		if (syncInterval != null && syncInterval.toMillis() < 1) {
			throw new IllegalArgumentException("the rate-limit sync interval must be at least 1ms");
		}
	}

	Budget userBudget(String routeId) {
		RouteBudgets route = this.routes.get(routeId);
		return (route != null && route.perUser() != null) ? route.perUser() : this.perUser;
	}

	Budget ipBudget(String routeId) {
		RouteBudgets route = this.routes.get(routeId);
		return (route != null && route.perIp() != null) ? route.perIp() : this.perIp;
	}

	/**
	 * Budgets of one route; an absent one falls back to the default.
	 *
	 * @param perUser budget per authenticated subject
	 * @param perIp budget per client address
	 */
	public record RouteBudgets(@Valid Budget perUser, @Valid Budget perIp) {
	}

}

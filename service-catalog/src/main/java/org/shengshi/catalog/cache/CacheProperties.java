package org.shengshi.catalog.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog cache.
 *
 * @param enabled whether public reads use Redis ({@code SHENGSHI_CATALOG_CACHE_ENABLED})
 * @param ttl how long an entry lives ({@code SHENGSHI_CATALOG_CACHE_TTL}); the worst-case
 * staleness when the generation could not be bumped after a change
 */
@ConfigurationProperties("shengshi.catalog.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") Duration ttl) {
}

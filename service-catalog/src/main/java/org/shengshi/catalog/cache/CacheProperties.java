package org.shengshi.catalog.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the catalog cache.
 *
 * @param enabled whether public reads are cached ({@code SHENGSHI_CATALOG_CACHE_ENABLED})
 * @param ttl how long a Redis entry lives ({@code SHENGSHI_CATALOG_CACHE_TTL}); the
 * worst-case staleness when the generation could not be bumped after a change
 * @param localTtl how long an entry lives in a replica's memory
 * ({@code SHENGSHI_CATALOG_CACHE_LOCAL_TTL}); the worst-case staleness of an item read
 * when Redis lost the generation (a flush or a restart without persistence)
 * @param localMaxBytes the memory a replica gives its entries
 * ({@code SHENGSHI_CATALOG_CACHE_LOCAL_MAX_BYTES})
 * @param admitOnRepeat whether a search result is cached only from the second time the
 * same search is asked on a replica ({@code SHENGSHI_CATALOG_CACHE_ADMIT_ON_REPEAT}); a
 * search asked once then costs no Redis round trip (see ADR 0022)
 */
@ConfigurationProperties("shengshi.catalog.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") Duration ttl,
		@DefaultValue("5s") Duration localTtl, @DefaultValue("32MB") DataSize localMaxBytes,
		@DefaultValue("true") boolean admitOnRepeat) {
}

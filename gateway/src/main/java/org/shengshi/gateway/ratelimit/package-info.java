/**
 * Rate limits per client address (before authentication, so floods of bad tokens are
 * limited too) and per authenticated subject (after routing), with budgets per route.
 * Each request is decided from the instance's own token buckets; a background sync adds
 * the tokens taken to shared buckets in Redis (an atomic script) and brings the local
 * ones to their level, so every gateway instance shares them
 * (docs/adr/0032-gateway-rate-limits-decided-locally-shared-by-sync.md). When Redis
 * cannot answer, each instance keeps limiting on its own
 * (docs/adr/0003-gateway-rate-limit-when-redis-down.md).
 */
package org.shengshi.gateway.ratelimit;

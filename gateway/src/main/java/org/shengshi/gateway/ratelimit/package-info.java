/**
 * Rate limits per client address (before authentication, so floods of bad tokens are
 * limited too) and per authenticated subject (after routing), with budgets per route,
 * kept in Redis by an atomic token-bucket script so every gateway instance shares them.
 * When Redis cannot answer, each instance keeps limiting on its own with a bounded
 * in-memory bucket table (docs/adr/0003-gateway-rate-limit-when-redis-down.md).
 */
package org.shengshi.gateway.ratelimit;
